// Page chrome that survives "Save As" or copy-paste: share bars, comment forms, "Related
// Articles", newsletter boxes, "Back to top". Generic rules, not keyed to any site:
//   1. standalone advertising markers are dropped wherever they stand;
//   2. trailing paragraphs that are chrome phrases are peeled off from the end;
//   3. a section heading such as "Related Articles" or "Comments" in the last part of the text,
//      followed only by short link-like lines, cuts everything from there on.

/** Anywhere in the text: never article content when they make up a whole paragraph. */
const AD_MARKERS = [
  /^advertisements?$/,
  /^advertising$/,
  /^sponsored( content| links?)?$/,
  /^(story|article) continues below( (this )?(ad|advertisement))?$/,
  /^continue reading( (the )?(main )?(story|article))?( below)?$/,
  /^skip (advertisement|ad)$/,
];

/** Whole-paragraph chrome phrases, matched case-insensitively after trimming punctuation. */
const TRAILING_PHRASES = [
  /^related( articles| posts| stories| content| news| coverage| reading| links| topics)?$/,
  // "More from …" only counts as a section heading (rule 3): "More in the coming days." is prose.
  /^(you (may|might) (also )?like|recommended( for you| stories| articles| reading)?|more stories)$/,
  /^(read (more|next|also)|see also|most (read|popular|viewed|shared)|trending( now| stories)?|popular (posts|stories)|editor'?s picks|top stories|latest (news|stories|articles|posts))$/,
  /^(leave a (reply|comment)|post a comment|add (a )?comment|comments?( \(\d+\))?|\d+ comments?|(show|view|load) comments|join the (discussion|conversation)|cancel reply|reply)$/,
  /^your email address will not be published\b.*/,
  /^required fields are marked\b.*/,
  /^save my name, email,? and website\b.*/,
  /^notify me of (new|follow-up)\b.*/,
  /^you must be logged in to post a comment\b.*/,
  /^(back to top( button)?|scroll to top|go to top|top of page|return to top)$/,
  /^(subscribe to|sign up (for|to)|get) (our|the) .{0,60}newsletters?\b.*/,
  /^(newsletter sign[- ]?up|subscribe( now| today| here)?|enter your email( address)?\b.*|by signing up\b.*|thanks? (you )?for (signing up|subscribing)\b.*)$/,
  /^(follow us( on .{1,40})?|like us on facebook|join us on .{1,40})$/,
  /^(tags?|topics?|filed under|categories|posted in)\s*:.{0,200}$/,
  /^(previous|next)( (article|post|story))?$/,
  /^(©|\(c\)|copyright\b).{0,200}$/,
  /^all rights reserved\b.{0,100}$/,
  /^(share|print|email|e-mail)( this( article| story| post| page)?)?( (on|via) .{1,40})?$/,
];

/** Section headings after which a page lists other content rather than the article. */
const SECTION_MARKERS = [
  /^related( articles| posts| stories| content| news| coverage| reading| links| topics)?$/,
  /^(you (may|might) (also )?like|recommended( for you| stories| articles| reading)?|more stories|more (from|on|in|about) .{1,60})$/,
  /^(read (more|next|also)|see also|most (read|popular|viewed|shared)|trending( now| stories)?|popular (posts|stories)|editor'?s picks|top stories|latest (news|stories|articles|posts))$/,
  /^(leave a (reply|comment)|post a comment|comments?( \(\d+\))?|\d+ comments?|join the (discussion|conversation))$/,
  /^about the author$/,
];

/** Words of a share bar ("Share on Facebook Twitter WhatsApp Email"). */
const SHARE_WORDS = new Set(
  'share shares sharing tweet facebook twitter x linkedin whatsapp reddit telegram pinterest email e-mail mail print copy link url messenger tumblr vk flipboard pocket threads bluesky mastodon on this article story post page via more the to'.split(
    ' ',
  ),
);

function key(paragraph: string): string {
  return paragraph
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•·|:»›>*#]+|[\s\-–—•·|:»›>*.…!?]+$/g, '')
    .replace(/[’`]/g, "'");
}

function isShareBar(k: string): boolean {
  const words = k.split(/[\s,|/•·:]+/).filter(Boolean);
  return words.length > 0 && words.length <= 16 && words.some((w) => w.startsWith('share') || w === 'tweet') && words.every((w) => SHARE_WORDS.has(w));
}

export function isAdMarker(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const k = key(paragraph);
  return k.length < 80 && AD_MARKERS.some((re) => re.test(k));
}

export function isChromeParagraph(paragraph: string): boolean {
  if (paragraph.length > 400) return false;
  const k = key(paragraph);
  if (!k) return true;
  return isAdMarker(paragraph) || isShareBar(k) || TRAILING_PHRASES.some((re) => re.test(k));
}

function isSectionMarker(paragraph: string): boolean {
  // A heading is short and is not a sentence: "More in the coming days, officials said." is prose.
  if (paragraph.length > 80 || wordsIn(paragraph) > 8 || /[,;.!?]/.test(paragraph.trim().replace(/[.:…]+$/, ''))) return false;
  const k = key(paragraph);
  return SECTION_MARKERS.some((re) => re.test(k));
}

function wordsIn(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

/** Which paragraphs to keep (true) after dropping page chrome. */
export function trimChrome(paragraphs: string[]): boolean[] {
  const keep = paragraphs.map((p) => !isAdMarker(p));
  const lengths = paragraphs.map((p) => p.length);
  const total = lengths.reduce((a, b) => a + b, 0);

  // A section heading in the last part of the text, followed only by short teaser lines.
  let before = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (keep[i] && before >= total * 0.5 && isSectionMarker(paragraphs[i]!)) {
      const tail = paragraphs.slice(i + 1);
      const shortTail = tail.every((p) => wordsIn(p) <= 40) && tail.reduce((a, p) => a + wordsIn(p), 0) <= 400;
      if (shortTail) {
        for (let j = i; j < paragraphs.length; j++) keep[j] = false;
        break;
      }
    }
    before += lengths[i]!;
  }

  // Chrome phrases peeled off from the end, as long as at least one paragraph remains.
  for (let i = paragraphs.length - 1; i > 0; i--) {
    if (!keep[i]) continue;
    if (!isChromeParagraph(paragraphs[i]!)) break;
    keep[i] = false;
  }
  return keep;
}
