import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import { phraseKey } from '../text/normalize.ts';
import { officeOfTitle, type TitlePhrase } from './titles.ts';

/** A known person's Arabic forms as keys without the holder's style ("الملك عبد الله الثاني"), each kept once. */
const HOLDER_FORMS = new Map<string, string[]>();
function holderForms(e: EntityRecord): string[] {
  let forms = HOLDER_FORMS.get(e.id);
  if (!forms) HOLDER_FORMS.set(e.id, (forms = [e.nameAr ?? '', ...e.aliases].map((f) => phraseKey(f).replace(/^(الملك|الامير|الشيخ|السلطان|الرئيس) /, '') + ' ')));
  return forms;
}

/** Who held a titled office in the article's month, by the lexicon's dated terms. */
export class OfficeHolders {
  /** month: "YYYY-MM" of the article's publication, or null (then no holder is guessed). */
  constructor(private readonly lx: Lexicon, private readonly month: string | null) {}

  /** Who held the titled office of its country in the month of publication. Former holders are not guessed. */
  of(title: TitlePhrase): EntityRecord | undefined {
    if (!this.month || !title.country || title.former) return undefined;
    const office = officeOfTitle(title);
    return office ? this.lx.holderOf(title.country, office, this.month) : undefined;
  }

  /** The holder of a titled office whose Arabic name begins with these words ("العاهل الأردني الملك عبدالله"). */
  named(title: TitlePhrase, key: string): EntityRecord | null {
    const e = this.of(title);
    return e && holderForms(e).some((f) => f.startsWith(key + ' ')) ? e : null;
  }
}
