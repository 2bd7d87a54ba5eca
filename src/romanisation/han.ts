
type Pinyin = (text: string, options: { toneType: 'none'; type: 'array'; surname?: 'head' | 'all' | 'off' }) => string[];
let pinyin: Pinyin | undefined;

/** Two-character family names; every other name's family name is its first character. */
const COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '尉遲']);

/**
 * Chinese characters in Hanyu Pinyin without tones (pinyin-pro, which reads traditional
 * characters too), as a name: "孙卫东" → "Sun Weidong", "谢锋" → "Xie Feng". Pinyin printed in
 * parentheses after a character ("衛(wèi)") is dropped first.
 */
export function romaniseHan(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  pinyin ??= (require('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return text
    .split(/[\s·・.]+/u)
    .filter(Boolean)
    .map((word) => {
      const han = word.replace(/\([^)]*\)|（[^）]*）/gu, '');
      const syllables = pinyin!(han, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.replace(/ü/g, 'u').replace(/v/g, 'u'));
      if (syllables.length < 2) return capital(syllables.join(''));
      const surnameLength = COMPOUND_SURNAMES.has(han.slice(0, 2)) ? 2 : 1;
      return `${capital(syllables.slice(0, surnameLength).join(''))} ${capital(syllables.slice(surnameLength).join(''))}`;
    })
    .join(' ');
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
