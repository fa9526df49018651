// Deployments and arms transfers in shapes seen in the development corpus (batches 2026-12-03b and c),
// written here in sentences of our own about other countries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const lines = (text: string, predicate: string) => factLines(extractText(text, '2024-05-02'), predicate);

describe('arms', () => {
  test('a model named between the arms and the recipient: "بتوريد منظومات دفاعية ... من طراز ... إلى X"', () => {
    assert.deepEqual(lines('وقالت الوكالة إن الصين بدأت بتوريد منظومات دفاعية مضادة للطائرات من طراز اتش كيو 9 إلى صربيا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO CN RS - occurred']);
  });
  test('the arrival of a nation\'s military equipment in another\'s capital', () => {
    assert.deepEqual(lines('وأعلنت الحكومة عن وصول معدات عسكرية تركية إلى العاصمة الصومالية مقديشو.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO TR SO - occurred']);
  });
  test('equipment that is not military is no arms', () => {
    assert.deepEqual(lines('وأعلنت الحكومة عن وصول معدات طبية تركية إلى العاصمة الصومالية مقديشو.', 'SUPPLIED_ARMS_TO'), []);
  });
});

describe('deployments', () => {
  test('"تنشر لواء عسكريا في X": a brigade is troops', () => {
    assert.deepEqual(lines('بولندا تنشر لواءً عسكرياً في لاتفيا.', 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO PL LV - occurred']);
  });
  test('"وحدات من الجيش X توجهت إلى Y": units drawn from a national army', () => {
    assert.deepEqual(lines('وقال المتحدث إن وحدات من الجيش الروسي توجهت إلى مالي.', 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO RU ML - occurred']);
  });
});

describe('warships received, one at a time (batch 2026-12-03d)', () => {
  test('"تسلمت X فرقاطة من Y": a single frigate is arms', () => {
    assert.deepEqual(lines('تسلمت الجزائر، الأربعاء، فرقاطة ألمانية من نوع ميكو من ألمانيا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO DE DZ 2024-05-01 occurred']);
  });
  test('"بعد استلام X زورقي الصواريخ من Y": the receipt noun with a dual', () => {
    assert.deepEqual(lines('وجاء ذلك بعد استلام تونس زورقي الصواريخ من إيطاليا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO IT TN - occurred']);
  });
});
