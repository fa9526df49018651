// Derives every form of a nisba adjective from its masculine singular: روسي → الروسي، الروسية،
// الروس (listed), روسيين، روسيون ... Two-word nisbas (كوري شمالي) inflect word by word.
const ENDINGS = ['', 'ة', 'ان', 'ين', 'ون', 'تان', 'تين', 'ات'];

export function nisbaForms(masculine: string): string[] {
  const words = masculine.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const ending of ENDINGS) {
    const inflected = words.map((w) => w + ending);
    out.push(inflected.join(' '));
    out.push(inflected.map((w) => 'ال' + w).join(' '));
  }
  return out;
}

export function pluralForms(plural: string): string[] {
  return [plural, 'ال' + plural];
}
