import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import { cliticReadings } from '../text/clitics.ts';
import type { Sentence } from '../text/sentences.ts';
import { isComma, type Token } from '../text/tokenize.ts';
import { appositionBefore } from './apposition.ts';
import { markForces } from './forces.ts';
import type { Mention } from './mention.ts';
import { NAMED_AFTER, PREPOSITION_LOOKALIKES, rankOnly, span, stemOf } from './name-shapes.ts';
import { PersonNamer } from './person-namer.ts';
import { pluralHead, portfolioItem } from './portfolio-list.ts';
import type { PersonRegistry } from './registry.ts';
import { formalStateName } from './state-style.ts';
import { titleOnly } from './title-only.ts';
import { personAfterTitle } from './title-person.ts';
import { opensChainedName, readTitle, type TitlePhrase } from './titles.ts';

/** Finds the entities named in one sentence, introducing new people and resolving back-references. */
export class MentionFinder {
  private readonly namer: PersonNamer;
  private readonly lx: Lexicon;

  /** month: "YYYY-MM" of the article, to resolve a title without a name to the office holder of the day. */
  constructor(lx: Lexicon, month: string | null = null) {
    this.lx = lx;
    this.namer = new PersonNamer(lx, month);
  }

  get registry(): PersonRegistry {
    return this.namer.registry;
  }

  /** Newly found people, by id, so the article can list them. */
  get found(): Map<string, EntityRecord> {
    return this.namer.found;
  }

  find(sentence: Sentence): Mention[] {
    const toks = sentence.tokens;
    const out: Mention[] = [];
    const at = (i: number) => sentence.index * 1000 + i;
    let i = 0;
    // The singular office of a plural head ("وزراء" -> "وزير") while its list of holders runs on.
    let sharedOffice: string | null = null;
    while (i < toks.length) {
      const head = pluralHead(toks, i);
      if (head) sharedOffice = head;
      const item = sharedOffice && (head || (toks[i - 1]?.text === '،' && toks[i]!.key.startsWith('و'))) ? this.portfolioHolder(toks, head ? i + 1 : i, sharedOffice, at) : null;
      if (item) {
        out.push(item);
        i = item.to;
        continue;
      }
      if (!head && toks[i - 1]?.kind === 'punct' && toks[i - 1]?.text !== '،') sharedOffice = null;
      if (toks[i]!.kind !== 'word' || !this.lx.mayStartMention(toks[i]!)) {
        const surname = toks[i]!.kind === 'word' ? this.surname(toks, i, at) ?? this.theLatter(toks, i, at) : null;
        if (surname) out.push(surname);
        i = surname ? surname.to : i + 1;
        continue;
      }
      const title = readTitle(toks, i, this.lx);
      if (title) {
        title.country ??= this.delegationCountry(toks, title.from, out);
        // A title right after a name describes that name ("شهاب بن طارق نائب رئيس الوزراء ..."): no one else.
        // A title of another country's office is someone else: "استقبل بوتين وزير الخارجية الصيني".
        const prev = out.at(-1);
        const prevCountry = prev?.type === 'Person' ? this.registry.people.get(prev.ids[0]!)?.country : undefined;
        // "والتقى رئيس الإقليم X الرئيس الإيراني": a name titled before it takes no second title
        // right after it without a comma; that title is the verb's object.
        // (A rank or honorific before the name is no office: "الفريق أزهر حياة قائد الفيلق ..." is one man.)
        const retitled = () => !!prev?.role && toks[title.from - 1]?.text !== '،' && toks[title.from - 1]?.text !== ',' && !rankOnly(prev.role);
        const describes = !!prev && prev.type === 'Person' && prev.to >= title.from - 1 && !title.prefix.startsWith('و') && (!title.country || !prevCountry || prevCountry === title.country) && !retitled();
        const m = personAfterTitle(this.namer, toks, title, at) ?? appositionBefore(this.namer, toks, title, out, at) ?? (describes ? null : titleOnly(this.namer, toks, title, at));
        if (m) out.push(m);
        i = Math.max(title.to, m?.to ?? 0, i + 1);
        continue;
      }
      const found = this.lx.matchEntity(toks, i);
      // "تركي بن بندر": a word that spells a nationality is a given name when بن follows it.
      const g = found && found.length === 1 && found.entry.kind !== 'name' && opensChainedName(toks, i) && this.lx.entity(found.entry.entityId)?.type !== 'Person' ? null : found;
      const listed = g ? this.listedCounterpart(toks, i, g, out, at) : null;
      if (listed) {
        out.push(listed);
        i = listed.to;
        continue;
      }
      if (g) {
        const e = this.sameSurname(toks, i, g.length, this.lx.entity(g.entry.entityId)!);
        const formal = g.entry.kind === 'nisba' && e.type === 'Country' ? formalStateName(toks, i, i + g.length, out) : null;
        if (formal) {
          out.push({ ids: [e.id], type: e.type, kind: 'name', ...formal });
          i = formal.to;
          continue;
        }
        // "شهاب بن طارق بن تيمور آل سعيد": the lexicon's shorter form, then the rest of the chained name.
        const end = e.type === 'Person' ? this.namer.chainEnd(toks, i + g.length) : i + g.length;
        // "مطار جومو كينياتا الدولي": an airport or street named after someone (a first name may stand between).
        if (e.type === 'Person' && [1, 2].some((n) => NAMED_AFTER.test(toks[i - n]?.key ?? ''))) {
          i = end;
          continue;
        }
        if (e.type === 'Person') this.registry.see(e, at(i), span(toks, i, end));
        out.push({ ids: [e.id], type: e.type, kind: g.entry.kind, from: i, to: end, prefix: g.prefix });
        i = end;
        continue;
      }
      const surname = this.surname(toks, i, at) ?? this.theLatter(toks, i, at);
      if (surname) {
        out.push(surname);
        i = surname.to;
        continue;
      }
      i++;
    }
    return markForces(toks, out, this.lx);
  }

  /**
   * "حكومة ميلي" after "خافيير ميلي": a one-word form the lexicon gives someone the article has not named
   * is the surname of the one it has.
   */
  private sameSurname(toks: Token[], i: number, length: number, e: EntityRecord): EntityRecord {
    if (e.type !== 'Person' || length !== 1 || this.registry.people.has(e.id)) return e;
    return this.registry.bySurname(stemOf(toks[i]!), {})?.entity ?? e;
  }

  /** One holder of a shared office, when the lexicon does not know the name (it finds those itself). */
  private portfolioHolder(toks: Token[], from: number, office: string, at: (i: number) => number): Mention | null {
    const item = portfolioItem(toks, from, office, (t) => this.namer.nameLike(t));
    if (!item || this.lx.matchEntity(toks, item.nameFrom) || toks.slice(from, item.nameFrom).some((_, k) => this.lx.matchEntity(toks, from + k)?.entry.kind === 'name')) return null;
    const title: TitlePhrase = { from, to: item.nameFrom, roleClass: 'minister', role: item.role, country: null, former: false, prefix: '', headLength: item.nameFrom - from };
    const m = this.namer.mention(this.namer.newPerson(toks, item.nameFrom, item.to, title), title, item.nameFrom, item.to, toks, at, 'pattern');
    return { ...m, from: item.nameFrom };
  }

  /**
   * "ونظرائه المصري سامح شكري، والفرنسي جان إيف لودريان، والألماني هايكو ماس": after a counterpart,
   * a nationality opening the next item of the list, followed by a name, is the next counterpart.
   */
  private listedCounterpart(toks: Token[], i: number, g: NonNullable<ReturnType<Lexicon['matchEntity']>>, out: Mention[], at: (i: number) => number): Mention | null {
    if (g.entry.kind !== 'nisba' || !toks[i]!.key.replace(/^و/, '').startsWith('ال')) return null;
    const prev = out.at(-1);
    if (!prev || prev.type !== 'Person' || prev.roleClass !== 'counterpart' || i - prev.to > 2) return null;
    if (!(g.prefix.startsWith('و') || isComma(toks[i - 1]?.text))) return null;
    const country = this.lx.entity(g.entry.entityId)?.code ?? null;
    if (!country) return null;
    const title: TitlePhrase = { from: i, to: i + g.length, roleClass: 'counterpart', role: span(toks, i, i + g.length), country, former: false, prefix: g.prefix, headLength: g.length };
    const m = personAfterTitle(this.namer, toks, title, at);
    return m && m.to > title.to ? m : null;
  }

  /**
   * "فقد بحث الأخير ونظيره الباكستاني ...": "the latter", standing as a noun after a verb, conjunction or
   * preposition, is the person named last. After a noun it is an adjective ("العام الأخير"، "زيارته الأخيرة").
   */
  private theLatter(toks: Token[], i: number, at: (i: number) => number): Mention | null {
    const t = toks[i]!;
    if (!/^[وف]?(الاخير|الاخيره)$/.test(t.key)) return null;
    const prev = toks[i - 1];
    if (prev && (prev.kind !== 'word' || prev.key.startsWith('ال') || /(ه|ها|هم|ة)$/.test(prev.text))) return null;
    let latest: { id: string; seen: number } | null = null;
    for (const p of this.registry.people.values()) if (p.lastSeen < at(i) && (!latest || p.lastSeen > latest.seen)) latest = { id: p.entity.id, seen: p.lastSeen };
    if (!latest) return null;
    return { ids: [latest.id], type: 'Person', kind: 'surname', from: i, to: i + 1, prefix: t.key.startsWith('و') || t.key.startsWith('ف') ? t.key[0]! : '' };
  }

  /** "وفد أوكراني برئاسة وزير الدفاع ...": the head of a national delegation is that nation's official. */
  private delegationCountry(toks: Token[], from: number, out: Mention[]): string | null {
    if (!this.lx.words.delegationHeads.has(toks[from - 1], true)) return null;
    const nisba = out.at(-1);
    if (!nisba || nisba.type !== 'Country' || nisba.to < from - 2 || !/^وفد/.test(toks[nisba.from - 1]?.key ?? '')) return null;
    return this.lx.entity(nisba.ids[0]!)?.code ?? null;
  }

  /** A lone word that is part of the name of someone already introduced: "لافروف", "بكيم الكوري الجنوبي". */
  private surname(toks: Token[], i: number, at: (i: number) => number): Mention | null {
    const t = toks[i]!;
    if (t.kind !== 'word' || this.registry.people.size === 0 || PREPOSITION_LOOKALIKES.test(t.text)) return null;
    // A common first name alone ("محمد شيمشك" after "محمد حكيم أوغلو") is a new person, not a back-reference.
    const readings = cliticReadings(t.key).filter(({ stem }) => stem.length >= 3 && this.registry.hasNameKey(stem) && !this.lx.words.givenNames.hasKey(stem));
    if (readings.length === 0) return null;
    const nisba = this.lx.matchEntity(toks, i + 1);
    const country = nisba?.entry.kind === 'nisba' ? this.lx.entity(nisba.entry.entityId)?.code ?? null : null;
    for (const { prefix, stem } of readings) {
      const p = this.registry.bySurname(stem, { country });
      if (!p) continue;
      const to = country ? i + 1 + nisba!.length : i + 1;
      this.registry.see(p.entity, at(i), t.text);
      return { ids: [p.entity.id], type: 'Person', kind: 'surname', from: i, to, prefix };
    }
    return null;
  }
}
