import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguageTag, resolveLanguage } from '../../../../../src/main/core/import/language';

const SAMPLES: [string, string][] = [
  ['en', 'The president said on Wednesday that the agreement would be signed by both countries and that it was not a threat to anyone in the region.'],
  ['fr', 'Le président a déclaré mercredi que l’accord serait signé par les deux pays et que ce n’est pas une menace pour la région, selon les médias.'],
  ['de', 'Der Präsident sagte am Mittwoch, dass das Abkommen von beiden Ländern unterzeichnet werde und dass es keine Bedrohung für die Region sei.'],
  ['es', 'El presidente dijo el miércoles que el acuerdo sería firmado por los dos países y que no es una amenaza para la región, según los medios.'],
  ['pt', 'O presidente disse na quarta-feira que o acordo seria assinado pelos dois países e que não é uma ameaça para a região, segundo a imprensa.'],
  ['it', 'Il presidente ha detto mercoledì che l’accordo sarà firmato dai due paesi e che non è una minaccia per la regione, secondo i media della capitale.'],
  ['nl', 'De president zei woensdag dat het akkoord door beide landen zal worden ondertekend en dat het geen bedreiging is voor de regio, aldus de media.'],
  ['cs', 'Prezident ve středu řekl, že dohoda bude podepsána oběma zeměmi a že to není hrozba pro region, jak uvedla média, která o tom informovala.'],
  ['ru', 'Президент заявил в среду, что соглашение будет подписано обеими странами и что оно не является угрозой для региона.'],
  ['uk', 'Президент заявив у середу, що угода буде підписана обома країнами і що вона не є загрозою для регіону, повідомляють ЗМІ.'],
  ['ko', '대통령은 수요일 두 나라가 협정에 서명할 것이며 이는 지역에 대한 위협이 아니라고 말했다.'],
  ['ja', '大統領は水曜日、両国が協定に署名すると述べ、これは地域への脅威ではないと語った。'],
  ['zh', '总统周三表示，两国将签署该协议，这不会对该地区构成威胁。'],
  ['ar', 'قال الرئيس يوم الأربعاء إن الاتفاق سيوقعه البلدان وإنه لا يشكل تهديدا للمنطقة.'],
  ['el', 'Ο πρόεδρος δήλωσε την Τετάρτη ότι η συμφωνία θα υπογραφεί από τις δύο χώρες.'],
  ['he', 'הנשיא אמר ביום רביעי כי ההסכם ייחתם על ידי שתי המדינות וכי אין בו איום על האזור.'],
];

describe('detectLanguage', () => {
  it.each(SAMPLES)('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing about too little text', () => {
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('12 34 56 !!')).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('keeps a declaration the text agrees with, as a primary tag', () => {
    expect(resolveLanguage('en-US', SAMPLES[0]![1])).toBe('en');
    expect(resolveLanguage('pt_BR', SAMPLES[4]![1])).toBe('pt');
  });

  it('overrides a template declaration contradicted by the script', () => {
    expect(resolveLanguage('en', SAMPLES[8]![1])).toBe('ru');
    expect(resolveLanguage('en', SAMPLES[12]![1])).toBe('zh');
  });

  it('detects when nothing is declared or the declaration is junk', () => {
    expect(resolveLanguage(null, SAMPLES[2]![1])).toBe('de');
    expect(resolveLanguage('not a tag!', SAMPLES[10]![1])).toBe('ko');
  });

  it('extracts primary subtags', () => {
    expect(primaryLanguageTag('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguageTag('')).toBeNull();
  });
});
