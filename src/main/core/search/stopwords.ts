// English stopwords: lunr 2.3.9's own list (lunr.stopWordFilter), copied because lunr keeps it in
// a closure, plus the fragments an apostrophe leaves (the index splits "Kim's" into kim, s). The other languages' lists are read from lunr-languages when their stemmer loads.
// Stopwords are left out of the stemmed index only: phrases and words typed in capitals
// ("WHO", "Theresa May") are searched exactly in the unstemmed index, which keeps every word.
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does ' +
    'either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like ' +
    'likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since ' +
    'so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who ' +
    'whom why will with would yet you your ' +
    // What is left of contractions and possessives once the apostrophe splits the word (Kim's, don't, we'll).
    's t d ll re ve m'
  ).split(' '),
);
