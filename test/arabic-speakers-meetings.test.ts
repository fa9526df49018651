// Shapes from the development corpus (batch 2026-12-03b and older dev articles), written here in
// sentences of our own about other people: a speaker named before his title, officials who sign
// together, Maghrebi letters in names, a news outlet after a title.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { phraseKey } from '../src/extract/text/normalize.ts';
import { extractText, factLines } from './helpers/extract.ts';

const people = (text: string) => extractText(text, '2024-05-02').entities.filter((e) => e.type === 'Person').map((e) => e.nameAr);

describe('a speaker named before his title, without a comma', () => {
  test('after a verb of saying, the name before the title is its subject', () => {
    const x = extractText('وقال كمال الدين عبد الرحيم نائب قائد القوات البحرية المصرية إن السفن ستصل قريبا.', '2024-05-02');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF كمال الدين عبد الرحيم EG - occurred']);
  });
  test('after a verb that takes an object, a title is someone else: no name is made of the subject', () => {
    assert.deepEqual(people('واستقبل كمال عبد الرحيم قائد القوات البحرية المصرية في القاعدة.'), []);
  });
  test('a plural subject is no name', () => {
    assert.deepEqual(people('وقال مسؤولون عسكريون إن السفن ستصل قريبا.'), []);
  });
});

describe('a news outlet after a title is not a name', () => {
  test('"... لوكالة ..." after the title ends the reading', () => {
    const names = people('وقال العميد نبيل حداد المتحدث باسم الجيش التشادي لوكالة الأنباء الفرنسية إن القوات عادت.');
    assert.ok(!names.some((n) => /وكال/.test(n ?? '')), names.join(', '));
  });
});

describe('officials who sign together meet', () => {
  test('"وقع A، و B ... اتفاقا" is a meeting of both', () => {
    const x = extractText('وقع وزير الدفاع المغربي عبد اللطيف لوديي، ووزير الدفاع الموريتاني حنن ولد سيدي اتفاقا للتعاون العسكري في نواكشوط يوم الاثنين.', '2024-05-02');
    assert.deepEqual(factLines(x, 'MET'), ['MET Abdellatif Loudiyi حنن ولد سيدي 2024-04-29 occurred']);
  });
  test('one official signing a decree meets no one', () => {
    const x = extractText('وقع الرئيس التونسي قيس سعيد مرسوما بتعيين السفير الجديد.', '2024-05-02');
    assert.deepEqual(factLines(x, 'MET'), []);
  });
});

describe('Maghrebi letters', () => {
  test('Algerian ڨ and Moroccan ڭ, ݣ read as ق and ك', () => {
    assert.equal(phraseKey('شنڨريحة'), phraseKey('شنقريحة'));
    assert.equal(phraseKey('ڭلميم'), phraseKey('كلميم'));
    assert.equal(phraseKey('ݣلميم'), phraseKey('كلميم'));
  });
});

describe('meetings told around the people', () => {
  test('"وزير خارجية جمهورية X": the formal state word in a title keeps its nationality and the guest', () => {
    const x = extractText('التقى وزير الخارجية الأردني سامي الحمد، اليوم، وزير خارجية جمهورية الصومال خالد نور عثمان.', '2024-05-02');
    assert.equal(factLines(x, 'MET').length, 1, factLines(x).join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF خالد نور عثمان SO - occurred'), factLines(x).join('\n'));
  });
  test('"... عن A وB بعد محادثات في X": the talks of the two just named, across the clause break', () => {
    const x = extractText('وصدر البيان عن الرئيس الكيني وليام موتا ورئيس الوزراء الإثيوبي أبيي تسفاي بعد محادثات في نيروبي.', '2024-05-02');
    assert.equal(factLines(x, 'MET').length, 1, factLines(x).join('\n'));
  });
});

describe('words said to someone', () => {
  test('"وقال A للرئيس B يوم الاثنين إن ...": the two met', () => {
    const x = extractText('وقال رئيس وزراء ماليزيا هاشم عثمان للرئيس الإندونيسي بودي سانتوسو يوم الاثنين إن البلدين شريكان.', '2024-05-02');
    assert.deepEqual(factLines(x, 'MET'), ['MET بودي سانتوسو هاشم عثمان 2024-04-29 occurred']);
  });
  test('words said to the press are no meeting', () => {
    assert.deepEqual(factLines(extractText('وقال رئيس وزراء ماليزيا هاشم عثمان للصحفيين يوم الاثنين إن البلدين شريكان.', '2024-05-02'), 'MET'), []);
  });
});

describe('a verb joined by و ends a name', () => {
  test('"... الباكستاني سليم عباسي واستعرض الجانبان ..."', () => {
    const names = people('والتقى وزير الدفاع الإيراني رئيس الأركان الباكستاني سليم عباسي واستعرض الجانبان التعاون.');
    assert.ok(names.includes('سليم عباسي') && !names.some((n) => /واستعرض/.test(n ?? '')), names.join(', '));
  });
});
