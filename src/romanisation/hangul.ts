let converter: { convert(text: string): string } | undefined;

/** The family names whose customary spelling differs from the Revised Romanization ("이" Lee, not I). */
const SURNAMES: Record<string, string> = {
  김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 강: 'Kang', 조: 'Cho', 윤: 'Yoon', 장: 'Chang', 임: 'Lim', 한: 'Han', 오: 'Oh', 서: 'Seo', 신: 'Shin', 권: 'Kwon', 황: 'Hwang', 안: 'Ahn', 송: 'Song', 류: 'Ryu', 유: 'Yoo', 고: 'Ko', 노: 'Noh', 문: 'Moon', 양: 'Yang', 손: 'Son', 배: 'Bae', 백: 'Baek', 허: 'Heo', 남: 'Nam', 심: 'Shim', 곽: 'Kwak', 성: 'Sung', 차: 'Cha', 주: 'Joo', 우: 'Woo', 구: 'Koo', 민: 'Min', 전: 'Jeon', 홍: 'Hong', 천: 'Cheon', 방: 'Bang', 공: 'Kong', 현: 'Hyun', 변: 'Byun', 염: 'Yeom', 여: 'Yeo', 추: 'Choo', 도: 'Do', 소: 'So', 석: 'Seok', 선: 'Sun', 설: 'Seol', 마: 'Ma', 길: 'Gil', 연: 'Yeon', 위: 'Wi', 표: 'Pyo', 명: 'Myung', 기: 'Ki', 반: 'Ban', 왕: 'Wang', 금: 'Keum', 옥: 'Ok', 육: 'Yuk', 인: 'In', 맹: 'Maeng', 제: 'Je', 모: 'Mo', 탁: 'Tak', 국: 'Kook', 진: 'Jin', 어: 'Eo', 은: 'Eun', 편: 'Pyeon', 용: 'Yong',
};

/**
 * Korean Hangul in the Revised Romanization (hangul-romanization), syllable by syllable as names
 * are spelled: a three-syllable Korean name is family name and a hyphenated given name
 * ("서민정" → "Seo Min-jeong"); other words (foreign names in Hangul) are romanised whole.
 */
export function romaniseHangul(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  converter ??= require('hangul-romanization') as { convert(text: string): string };
  const words = text.split(/\s+/).filter(Boolean);
  const syllable = (s: string) => converter!.convert(s);
  if (words.length === 1 && [...words[0]].length >= 2 && [...words[0]].length <= 4 && /^\p{Script=Hangul}+$/u.test(words[0])) {
    const [family, ...given] = [...words[0]];
    const givenName = given.map(syllable).join('-');
    return `${SURNAMES[family] ?? capital(syllable(family))} ${capital(givenName)}`;
  }
  return words.map((w) => capital(converter!.convert(w))).join(' ');
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
