// A short fingerprint of an English text, recorded beside each translation so that a change to
// the English can be found later ("this translation was made from wording that has since
// changed"). Not a security measure: it only has to change when the text does. Pure
// ECMAScript (cyrb53), so the same value comes out in Node and in browsers, with no Web Crypto
// promise to await; texts are Unicode-normalised first, so an editor's NFC/NFD makes no change.

export function textHash(text: string): string {
  const normalised = text.normalize('NFC');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
