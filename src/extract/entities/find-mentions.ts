import type { Lexicon } from '../lexicon/lexicon.ts';
import { slug } from '../lexicon/load.ts';
import type { EntityRecord } from '../lexicon/types.ts';
import { cliticReadings } from '../text/clitics.ts';
import { phraseKey } from '../text/normalize.ts';
import type { Sentence } from '../text/sentences.ts';
import { isComma, type Token } from '../text/tokenize.ts';
import type { Mention } from './mention.ts';
import { OFFICIAL_CLASSES, PersonRegistry } from './registry.ts';
import { pluralHead, portfolioItem } from './portfolio-list.ts';
import { markForces } from './forces.ts';
import { ALI_NAME, BODY, CONSTRUCT_HEAD_WORD, DEMONSTRATIVE, DEPUTY, EPITHET, isLinked, JOINED_VERB, NAMED_AFTER, OFFICE_AFTER_PREPOSITION, OFFICE_HEAD, OPEN_QUOTE, PARTY, PREPOSITION_LOOKALIKES, rankOnly, span, SPEAKER, stemOf, WESTERN_RANK } from './name-shapes.ts';
import { OfficeHolders } from './office-holders.ts';
import { formalStateName } from './state-style.ts';
import { opensChainedName, readTitle, roleKey, type TitlePhrase } from './titles.ts';

/** A person named by a title alone, the mention spanning the title. */
const titleMention = (id: string, title: TitlePhrase): Mention => ({ ids: [id], type: 'Person', kind: 'title', from: title.from, to: title.to, prefix: title.prefix, role: title.role, roleClass: title.roleClass });

/** Five words hold a Gulf name with its family ("عبدالله علي عبدالله السالم الصباح"); chained names go on (isLinked). */
const MAX_NAME = 5;
/** Title classes whose bare form ("the Russian defence minister") may stand for a person named before. */
const TITLE_ONLY_CLASSES = new Set(['head', 'foreign', 'defence', 'spokes']);

/** Finds the entities named in one sentence, introducing new people and resolving back-references. */
export class MentionFinder {
  readonly registry: PersonRegistry;
  /** Newly found people, by id, so the article can list them. */
  readonly found = new Map<string, EntityRecord>();

  /** published: "YYYY-MM" of the article, to resolve a title without a name to the office holder of the day. */
  private readonly holders: OfficeHolders;

  constructor(private readonly lx: Lexicon, month: string | null = null) {
    this.registry = new PersonRegistry(lx);
    this.holders = new OfficeHolders(lx, month);
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
        const m = this.personAfterTitle(toks, title, at) ?? this.appositionBefore(toks, title, out, at) ?? (describes ? null : this.titleOnly(toks, title, at));
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
        const e = this.lx.entity(g.entry.entityId)!;
        const formal = g.entry.kind === 'nisba' && e.type === 'Country' ? formalStateName(toks, i, i + g.length, out) : null;
        if (formal) {
          out.push({ ids: [e.id], type: e.type, kind: 'name', ...formal });
          i = formal.to;
          continue;
        }
        // "شهاب بن طارق بن تيمور آل سعيد": the lexicon's shorter form, then the rest of the chained name.
        const end = e.type === 'Person' ? this.chainEnd(toks, i + g.length) : i + g.length;
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

  /** One holder of a shared office, when the lexicon does not know the name (it finds those itself). */
  private portfolioHolder(toks: Token[], from: number, office: string, at: (i: number) => number): Mention | null {
    const item = portfolioItem(toks, from, office, (t) => this.nameLike(t));
    if (!item || this.lx.matchEntity(toks, item.nameFrom) || toks.slice(from, item.nameFrom).some((_, k) => this.lx.matchEntity(toks, from + k)?.entry.kind === 'name')) return null;
    const title: TitlePhrase = { from, to: item.nameFrom, roleClass: 'minister', role: item.role, country: null, former: false, prefix: '', headLength: item.nameFrom - from };
    const m = this.mention(this.newPerson(toks, item.nameFrom, item.to, title), title, item.nameFrom, item.to, toks, at, 'pattern');
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
    const m = this.personAfterTitle(toks, title, at);
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

  /** The end of a name chained on by بن / آل after k: "... بن تيمور آل سعيد". */
  private chainEnd(toks: Token[], k: number): number {
    while (/^(بن|ابن|بنت|ال)$/.test(toks[k]?.key ?? '') && toks[k]!.text !== 'ال' && this.nameLike(toks[k + 1])) k += 2;
    return k;
  }

  /** The word at k names a person: the lexicon's, or a surname of someone the article named. */
  private personWord(toks: Token[], k: number): boolean {
    const g = this.lx.matchEntity(toks, k);
    if (g) return this.lx.entity(g.entry.entityId)?.type === 'Person';
    return !!this.registry.bySurname(stemOf(toks[k]!), {});
  }

  nameLike(t: Token | undefined): boolean {
    if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
    // A preposition fused with the article ("بالمسؤولين"، "للبلاد") starts a phrase, never a name.
    // (Not a short word: "فال" and "فالح" are names.)
    if ((/^(بال|كال|فال|لل)/.test(t.key) && t.key.length > 4) || DEMONSTRATIVE.test(t.key)) return false;
    // "... عباسي واستعرض الجانبان": a verb joined by و starts the next clause, not a name's next word.
    if (JOINED_VERB.test(t.key)) return false;
    // "خالد السهيلي بمساعد وزير ...": an office word after ب / ل opens the next phrase.
    const c0 = t.key.charCodeAt(0);
    if ((c0 === 0x628 || c0 === 0x644) && OFFICE_AFTER_PREPOSITION.test(t.key)) return false;
    // "علي" written with ya is the name Ali; only "على" with alif maqsura is the preposition.
    if (ALI_NAME.test(t.text)) return true;
    // "شرحاً"، "زيارتنا"، "ترشيحاته": a noun with tanween, "our", or a plural with "his/her/their" is no
    // name word (no name of the lexicon or the corpus gold ends so; "شحاته" is too short to be taken).
    if (/[\u064B]/.test(t.text) || (t.key.length >= 5 && /تنا$/.test(t.key)) || (t.key.length >= 6 && /ات(ه|ها|هم)$/.test(t.key))) return false;
    const lx = this.lx;
    if (lx.words.stopwords.has(t) || (t.key.startsWith('و') && lx.words.stopwords.hasKey(t.key.slice(1)))) return false;
    if (lx.structural.has(t, true) || this.nameStop(t)) return false;
    return !lx.months.has(t.key) && !lx.weekdays.has(t.key);
  }

  /**
   * A word that ends a name. A short word is read with a conjunction only: "وله" is "and to him", but the
   * Mauritanian name "بله" is no "بـ + له".
   */
  private nameStop(t: Token): boolean {
    const stops = this.lx.words.nameStops;
    if (t.key.length > 4) return stops.has(t, true);
    return stops.has(t) || (/^[وف]/.test(t.key) && stops.hasKey(t.key.slice(1)));
  }

  private personAfterTitle(toks: Token[], title: TitlePhrase, at: (i: number) => number): Mention | null {
    // "بمطار الرئيس موديبو كيتا الدولي": a place named after someone is no mention of him.
    if (NAMED_AFTER.test(toks[title.from - 1]?.key ?? '')) return null;
    let k = title.to;
    // "في دولة الكويت الشقيقة، X": a friendly epithet on the country closes the title.
    if (EPITHET.test(toks[k]?.key ?? '')) k++;
    // "وزير المالية في حكومة الإنقاذ X"، "وكيل وزارة الداخلية بحكومة تصريف الأعمال، X": the
    // government the office belongs to, with its adjectives ("تصريف الأعمال" too), comes before the name.
    const government = toks[k]?.key === 'في' && toks[k + 1]?.key === 'حكومه' ? k + 2 : toks[k]?.key === 'بحكومه' ? k + 1 : -1;
    if (government > 0) {
      for (k = government; k < government + 4 && (/^ال/.test(toks[k]?.key ?? '') || (k === government && /^ال/.test(toks[k + 1]?.key ?? ''))) && !this.lx.matchEntity(toks, k); k++);
    }
    if (isComma(toks[k]?.text)) {
      // "مع مصطفى مدبولي، رئيس مجلس الوزراء، وشريف فتحي ...": after the comma, و opens the list's next person.
      // ("، والسيد X": an honorific carrying و opens the next person too.)
      if (/^و/.test(toks[k + 1]?.text ?? '') && !this.lx.words.honorifics.match(toks, k + 1, false)) return null;
      k++;
      // "قائد قيادة العمليات الخاصة الأميركية، الجنرال ريموند توماس": a rank after the comma opens the name.
      const rank = title.country !== null ? readTitle(toks, k, this.lx) : null;
      if (rank && rank.roleClass === 'military' && rank.country === null && rank.to === k + rank.headLength) k = rank.to;
    }
    // An adjective may stand between title and name ("المحلل الإقليمي جيمس براون"), but an Arabic name
    // may itself open with the article ("السعيد شنقريحة"): only an ال- word shaped like a nisba is skipped.
    // ("بالمملكة المغربية الشقيقة X": the state's adjectives and a friendly epithet too.)
    // ("الرئيس العليمي": not a word that is the name of someone known or named before.)
    for (let skip = 0; skip < 3 && (/^ال.*(ي|يه)$/.test(toks[k]?.key ?? '') || EPITHET.test(toks[k]?.key ?? '')) && this.nameLike(toks[k]) && !this.personWord(toks, k); skip++) k++;
    // Honorifics and ranks between the office and the name: "وزير الخارجية سمو الأمير فيصل بن فرحان".
    for (let h = this.lx.words.honorifics.match(toks, k, false); h; h = this.lx.words.honorifics.match(toks, k, false)) k += h.length;
    // A quoted name: 'وزير الخارجية الباكستاني "..."'، «...»، “...”; the closing quote ends it.
    if (OPEN_QUOTE.test(toks[k]?.text ?? '') && toks[k + 1]?.kind === 'word') k++;
    // "رئيس الحزب الديمقراطي X": the party a title heads, with its adjectives, comes before the name.
    // A party's head holds no office of state.
    if (PARTY.test(toks[k]?.key ?? '')) {
      for (k++; k < title.to + 6 && /^ال/.test(toks[k]?.key ?? '') && !this.lx.matchEntity(toks, k); k++);
      title = { ...title, roleClass: 'civilian', country: null };
      // "ورئيس اتحاد الغرف التجارية السيد X": the honorific after the body opens the name.
      for (let h = this.lx.words.honorifics.match(toks, k, false); h; h = this.lx.words.honorifics.match(toks, k, false)) k += h.length;
    }
    // "رئيس المجلس الانتقالي X"، "رئيس الهيئة العليا X": the body a head leads, with its adjectives, comes
    // before the name; unlike a party's, its head holds an office.
    else if (CONSTRUCT_HEAD_WORD.test(toks[title.from + title.headLength - 1]?.key ?? '') && BODY.test(toks[k]?.key ?? '')) {
      for (k++; k < title.to + 5 && /^ال/.test(toks[k]?.key ?? '') && !this.lx.matchEntity(toks, k); k++);
    }
    // "للشؤون الأمنية والدولية دانيال زيمرمان": an adjective joined by و ends the title; the name follows.
    if (/^وال.*(ي|يه)$/.test(toks[k]?.key ?? '') && !toks[k + 1]?.key.startsWith('ال') && this.nameLike(toks[k + 1])) k++;
    const start = k;
    // "وزير الدفاع والإنتاج الحربي": a definite word joined by و continues the office, it names no one.
    // ("والتر شتاينماير" is a name: the word after it carries no article.)
    if (/^وال/.test(toks[start]?.key ?? '') && (toks[start + 1]?.key.startsWith('ال') || !this.nameLike(toks[start + 1]))) return null;
    while (k < toks.length && (k - start < MAX_NAME || isLinked(toks, k))) {
      // "ريتشارد مارليس وبيني وونج": after two name words, و opens the next person, known or not.
      if (k - start >= 2 && toks[k]!.key.startsWith('و')) break;
      const g = this.lx.matchEntity(toks, k);
      if (g) {
        const e = this.lx.entity(g.entry.entityId)!;
        // "الفريق الركن تركي بن بندر": a word that spells a nationality is a given name when بن follows it.
        const givenName = e.type !== 'Person' && g.length === 1 && opensChainedName(toks, k);
        if (e.type !== 'Person' && !givenName) break;
        // "سعيد بن محمد بن راشد آل مكتوم": a known person after بن is the father in a chained name, not the one named.
        const father = k > start && /^(بن|ابن|بنت)$/.test(toks[k - 1]!.key);
        // A known person, maybe written with a stray first word ("يoon Suk Yeol").
        if (!givenName && !father) return this.mention(e, title, start, this.chainEnd(toks, k + g.length), toks, at, 'title');
      }
      // After بن / أبو / عبد the next word is a name even when it spells a preposition ("بن علي").
      // "علي" spells the preposition على once normalised: inside a name it is the name ("عبدالله علي عبدالله").
      // Opening a name, "على" before a first name is Ali written with alif maqsura ("على محمد عمر").
      const ali = toks[k]!.key === 'علي' && (k > start ? /^عبد/.test(toks[k - 1]!.key) || /^(عبد|بن$)/.test(toks[k + 1]?.key ?? '') : this.lx.words.givenNames.hasKey(toks[k + 1]?.key ?? ''));
      const bound = (ali || (k > start && /^(بن|ابن|ابو|عبد)$/.test(toks[k - 1]!.key))) && toks[k]!.kind === 'word';
      if (!bound && !this.nameLike(toks[k])) break;
      if (k > start && this.lx.words.honorifics.hasKey(toks[k]!.key)) break;
      // "موسى فال مدير الأمن الوطني": an office's head word after the name starts his title.
      if (k - start >= 2 && OFFICE_HEAD.test(toks[k]!.key)) break;
      // "قال السفير X Y بأن ...": "that" after two name words ends the name ("بان" alone may open one).
      if (k - start >= 2 && /^بان(ه|ها|هم)?$/.test(toks[k]!.key)) break;
      k++;
    }
    const n = k - start;
    // Words that all carry the article are a phrase ("التطورات الأمنية"), not a name.
    // ("هيئة الموانئ والمناطق الحرة السيد/ ...": an honorific and a definite word joined by و are no name either.)
    // ("الرئيس العليمي": one such word that is the surname of someone named before is that person.)
    const surnameOnly = n === 1 && this.personWord(toks, start);
    if (n === 0 || (toks.slice(start, k).every((t) => /^و?ال/.test(t.key)) && !surnameOnly)) return null;
    // "الشيخ آل نهيان": the family name alone is the family's member named before, as a surname is.
    const family = n === 2 && toks[start]!.key === 'ال' && toks[start]!.text !== 'ال';
    if (n === 1 || family) {
      const p = this.registry.bySurname(stemOf(toks[start + n - 1]!), { country: title.country, official: title.roleClass !== 'civilian' });
      if (p) return this.mention(p.entity, title, start, k, toks, at, 'surname');
      // "العاهل الأردني الملك عبدالله": the first name of the office's holder then.
      const holder = n === 1 ? this.holders.named(title, phraseKey(span(toks, start, k))) : null;
      if (holder) return this.mention(holder, title, start, k, toks, at, 'title');
      // "الجنرال تاونسند،": a Western rank before one foreign word, the name ending there, names the man by his surname.
      const foreign = n === 1 && WESTERN_RANK.test(toks[start - 1]?.key ?? '') && !toks[start]!.key.startsWith('ال') && toks[start]!.key.length >= 4 && (!toks[k] || toks[k]!.kind === 'punct');
      return foreign ? this.mention(this.newPerson(toks, start, k, title), title, start, k, toks, at, 'pattern') : null;
    }
    return this.mention(this.newPerson(toks, start, k, title), title, start, k, toks, at, 'pattern');
  }

  /** "شين وونسوك، مستشار الأمن القومي ..." and "ماريا زاخاروفا المتحدثة باسم ...": the title follows the name. */
  private appositionBefore(toks: Token[], title: TitlePhrase, out: Mention[], at: (i: number) => number): Mention | null {
    // "الأخير ونظيره الباكستاني": a title joined by و is another person, not a description of the one before.
    if (title.prefix.startsWith('و')) return null;
    const comma = isComma(toks[title.from - 1]?.text);
    const end = comma ? title.from - 1 : title.from;
    const prev = out.at(-1);
    if (prev && prev.type === 'Person' && prev.to === end && (comma || !prev.role || rankOnly(prev.role))) {
      const p = this.registry.people.get(prev.ids[0]!);
      if (p) this.registry.see(p.entity, at(end), p.entity.nameAr ?? p.entity.name, { country: title.country, role: title.role, roleClass: title.roleClass });
      if (p && !title.former && OFFICIAL_CLASSES.has(title.roleClass)) this.registry.noteTitle(roleKey(title, toks), p.entity.id);
      prev.role ??= title.role;
      prev.roleClass ??= title.roleClass;
      return null;
    }
    // "نائب قائد ...": the deputy's word stands before the title the lexicon reads.
    const nameEnd = DEPUTY.test(toks[end - 1]?.key ?? '') ? end - 1 : end;
    const spoken = comma ? -1 : Math.max(this.speakerNameStart(toks, nameEnd), this.honouredNameStart(toks, nameEnd));
    if (spoken >= 0 && !(prev && prev.to > spoken) && !this.lx.anyTitle.match(toks, spoken)) {
      return { ...this.mention(this.newPerson(toks, spoken, nameEnd, title), title, spoken, nameEnd, toks, at, 'pattern'), from: spoken, to: title.to };
    }
    // Without a comma only a definite title with a nationality or a spokesman's title is taken as an
    // apposition ("ماريا زاخاروفا المتحدثة باسم ..."), and only over words that are not definite.
    const tight = !comma && toks[title.from]!.key.startsWith('ال') && (title.country !== null || title.roleClass === 'spokes');
    if (!comma && !tight) return null;
    let k = end;
    // Tight, a third word is taken only inside a chained name ("محمد بن سلمان").
    // A name chained by بن runs longer: "تركي بن بندر بن عبد العزيز، قائد ...".
    const most = (j: number) => (/^(بن|ابن|بنت)$/.test(toks[j]?.key ?? '') ? 5 : tight && end - j >= 2 && !/^(بن|ابن|بنت|ابو|عبد)$/.test(toks[j]!.key) ? 2 : 3);
    while (k > 0 && end - k < most(k) && this.nameLike(toks[k - 1]) && !(tight && toks[k - 1]!.key.startsWith('ال'))) k--;
    // One word opening the sentence before ", title ," is a surname: "لافروف، وزير الخارجية الروسي، ...".
    const lone = comma && k === 0 && end === 1 && title.country !== null && toks[0]!.key.length >= 4;
    if ((end - k < 2 && !lone) || (prev && prev.to > k)) return null;
    // A title before a title is a chain of offices ("ولي العهد، نائب رئيس مجلس الوزراء، ..."), not a name.
    if (this.lx.anyTitle.match(toks, k)) return null;
    // "بارلي، وزير الدفاع الفرنسي، وبانوس كامينوس، وزير الدفاع اليوناني": in a list of people, و after the
    // comma joins the next one and is no letter of his name (a short name such as "وليد" keeps it).
    const joined = prev?.type === 'Person' && isComma(toks[k - 1]?.text) && toks[k]!.text.length >= 5 && /^و/.test(toks[k]!.text) && !this.lx.words.givenNames.hasKey(toks[k]!.key);
    // The mention spans the name and the title after it ("نيجيرفان بارزاني، رئيس إقليم كوردستان").
    const m = this.mention(this.newPerson(toks, k, end, title, joined), title, k, end, toks, at, 'pattern');
    return { ...m, from: k, to: title.to, prefix: joined ? 'و' : m.prefix };
  }

  /**
   * "التقى ... السيد بافل نوفاك نائب وزير الدفاع التشيكي": an honorific opens a name, so the two to four
   * name-like words between it and a title are the name the title describes. The start of that name, or -1.
   */
  private honouredNameStart(toks: Token[], end: number): number {
    let k = end;
    // ("، والسيد X Y مساعد وزير ...": the honorific may carry the و that joins the list.)
    while (k > 0 && end - k < 4 && this.nameLike(toks[k - 1]) && !this.lx.words.honorifics.match(toks, k - 1)) k--;
    if (end - k < 2 || toks[k]!.key.startsWith('ال')) return -1;
    const h = [1, 2, 3].some((n) => this.lx.words.honorifics.match(toks, k - n)?.length === n);
    return h ? k : -1;
  }

  /**
   * "وقال صلاح الدين عبد الخالق نائب قائد القوات الجوية السودانية ...": a verb of saying takes no person
   * as its object, so the two to four name-like words between it and a title are its subject's name and the
   * title describes him. The start of that name, or -1.
   */
  private speakerNameStart(toks: Token[], end: number): number {
    let k = end;
    while (k > 0 && end - k < 4 && this.nameLike(toks[k - 1]) && !SPEAKER.test(toks[k - 1]!.key)) k--;
    return end - k >= 2 && SPEAKER.test(toks[k - 1]?.key ?? '') && !toks[k]!.key.startsWith('ال') ? k : -1;
  }

  /** "وفد أوكراني برئاسة وزير الدفاع ...": the head of a national delegation is that nation's official. */
  private delegationCountry(toks: Token[], from: number, out: Mention[]): string | null {
    if (!this.lx.words.delegationHeads.has(toks[from - 1], true)) return null;
    const nisba = out.at(-1);
    if (!nisba || nisba.type !== 'Country' || nisba.to < from - 2 || !/^وفد/.test(toks[nisba.from - 1]?.key ?? '')) return null;
    return this.lx.entity(nisba.ids[0]!)?.code ?? null;
  }

  private titleOnly(toks: Token[], title: TitlePhrase, at: (i: number) => number): Mention | null {
    const same = title.country === null && !title.former ? this.registry.byBareTitle(roleKey(title, toks)) : null;
    if (same) {
      this.registry.see(same.entity, at(title.from), span(toks, title.from, title.to));
      return titleMention(same.entity.id, title);
    }
    const definite = toks[title.from]!.key.startsWith('ال') || title.country !== null;
    const construct = !definite && title.to - title.from === 2 && toks[title.from + 1]!.key.startsWith('ال') && !title.prefix && !title.former && !this.countryAfter(toks, title.to);
    const named = construct ? this.registry.byTitleWords(roleKey(title, toks)) : null;
    if (named) {
      this.registry.see(named.entity, at(title.from), named.entity.nameAr ?? named.entity.name);
      return titleMention(named.entity.id, title);
    }
    if (!definite || !(TITLE_ONLY_CLASSES.has(title.roleClass) || /^ال?وزير/.test(toks[title.from]!.key))) return null;
    const p = this.registry.byTitle(title.country, title.roleClass) ?? this.holderOfTitle(toks, title, at);
    if (!p) return null;
    this.registry.see(p.entity, at(title.from), p.entity.nameAr ?? p.entity.name);
    return titleMention(p.entity.id, title);
  }

  /**
   * A country named within six words after a title, before ب or مع: "وزير الدفاع وشؤون المحاربين القطري"
   * is another state's office. (A guest's nationality after ب or مع is his: "رئيس الوزراء أيضا بالرئيس المصري".)
   */
  /** "X، من البحرية الملكية السعودية": the force or body a titled man is "from", named right after him, gives his state. */
  private affiliationAfter(toks: Token[], to: number): string | null {
    if (!isComma(toks[to]?.text) || toks[to + 1]?.key !== 'من') return null;
    for (let k = to + 2; k < to + 7 && k < toks.length && toks[k]!.kind === 'word'; k++) {
      const m = this.lx.matchEntity(toks, k);
      const e = m ? this.lx.entity(m.entry.entityId) : undefined;
      if (e?.type === 'Country') return e.code ?? null;
    }
    return null;
  }

  private countryAfter(toks: Token[], from: number): boolean {
    for (let k = from; k < from + 6 && k < toks.length && !/^(ب|مع$)/.test(toks[k]!.key); k++) {
      const m = this.lx.matchEntity(toks, k);
      if (m && this.lx.entity(m.entry.entityId)?.type === 'Country') return true;
    }
    return false;
  }

  /**
   * "وزير الخارجية المصري" with nobody of that post named before: the person who held the office in the
   * month of publication, when the lexicon's dated terms name exactly one. Former holders are not guessed.
   */
  private holderOfTitle(toks: Token[], title: TitlePhrase, at: (i: number) => number) {
    // "نائب رئيس الوزراء ..." read from its second word: the deputy is not the office holder.
    if (DEPUTY.test(toks[title.from - 1]?.key ?? '')) return null;
    const e = this.holders.of(title);
    return e ? this.registry.see(e, at(title.from), span(toks, title.from, title.to), { country: title.country, role: title.role, roleClass: title.roleClass }) : null;
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

  /** joined: the first word carries the list's conjunction و, which is not part of the name. */
  private newPerson(toks: Token[], from: number, to: number, title: TitlePhrase, joined = false): EntityRecord {
    const nameAr = joined ? span(toks, from, to).slice(1) : span(toks, from, to);
    const known = this.lx.personByEnds(toks.slice(from, to).map((t, k) => (joined && k === 0 ? t.key.slice(1) : t.key)));
    if (known && (!title.country || !known.countryCode || known.countryCode === title.country)) return known;
    // "العاهل الأردني الملك عبد الله": the first names of the one who held that office then are he.
    // (A first name or two only: a longer name is no short reference to someone.)
    const holder = to - from <= 2 ? this.holders.named(title, phraseKey(nameAr)) : null;
    if (holder) return holder;
    const id = `person:ar-${slug(phraseKey(nameAr))}`;
    const existing = this.found.get(id);
    if (existing) return existing;
    const e: EntityRecord = {
      id, type: 'Person', name: nameAr, nameAr, aliases: [], known: false,
      countryCode: title.roleClass === 'civilian' ? null : title.country, role: title.role,
    };
    this.found.set(id, e);
    return e;
  }

  private mention(e: EntityRecord, title: TitlePhrase, from: number, to: number, toks: Token[], at: (i: number) => number, kind: Mention['kind']): Mention {
    if (title.country === null && title.roleClass !== 'civilian') title = { ...title, country: this.affiliationAfter(toks, to) };
    this.registry.see(e, at(from), span(toks, from, to), { country: title.roleClass === 'civilian' ? null : title.country, role: title.role, roleClass: title.roleClass });
    if (title.country === null && !title.former && OFFICIAL_CLASSES.has(title.roleClass)) this.registry.noteBareTitle(roleKey(title, toks), e.id);
    if (!title.former && OFFICIAL_CLASSES.has(title.roleClass)) this.registry.noteTitle(roleKey(title, toks), e.id);
    return { ids: [e.id], type: 'Person', kind, from: title.from, to, prefix: title.prefix, role: title.role, roleClass: title.roleClass };
  }
}
