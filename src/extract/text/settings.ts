// Every threshold the plain-text cleaner uses, in one place, each with the reason it exists.

export const TEXT_SETTINGS = {
  /** A sentence-shaped line (ends in . ! ? or a closing quote) needs this many words to count as prose; fewer is a caption or a button. */
  minSentenceWords: 5,
  /** A line this long reads as prose even without final punctuation (a paragraph that lost its full stop). */
  minRunOnWords: 25,
  /** A Title Case line is a headline, not prose, unless it is at least this long. */
  maxHeadlineWords: 30,
  /**
   * What a non-prose line costs a stretch of article, in characters of prose: a subheading or a
   * photo credit between two paragraphs is cheap next to them, a menu of twenty one-word lines is not.
   */
  otherLineCost: 40,
  /** A body line equal to one of this many body lines just before it is a doubled copy and is dropped. */
  repeatWindowLines: 3,
  /** Furniture ('Advertisement', share buttons) sits inside articles too; it costs less than an unknown line. */
  furnitureLineCost: 10,
  /** A run of prose that starts inside a 'Related'/'Latest news' section scores this fraction of its length: it is a list of teasers. */
  sectionRunPenalty: 0.3,
  /** Datelines and bylines are short; a longer line with a date is a sentence that mentions one. */
  maxDatelineWords: 14,
  /** Up to this many characters of a first body line can be a lead-in such as 'Outlet - ' or 'CITY (Agency) - '. */
  maxLeadInChars: 40,
  /** A lead-in of more words than this is the start of a sentence, not a site name. */
  maxLeadInWords: 4,
  /** A site name read from a dateline or footer has at most this many words. */
  maxSiteWords: 5,
  /** Bulleted items up to this many words are navigation; longer bullets can be a list inside the article. */
  maxMenuItemWords: 6,
  /** Lines up to this many words may be furniture ('Share', 'Leave a Reply'); longer lines need a stronger signal. */
  maxFurnitureWords: 12,
  /** A heading announcing a related-links section is short. */
  maxSectionHeadingWords: 7,
  /** A title candidate needs at least this many words; one- or two-word lines near the top are tags and section names. */
  minTitleWords: 3,
  /** Function words in this much article text settle its language; reading more only costs time. */
  languageSampleChars: 3000,
  /** Confidence given to a publication date read from a dateline line in the page header. */
  datelineConfidence: 0.9,
  /** Taken off the confidence when an all-numeric date ('11/04/2017') was read with a guessed field order. */
  ambiguousOrderPenalty: 0.2,
  /** Confidence for a date that opens the first body paragraph ('16 October 2017 - The army ...'). */
  leadDateConfidence: 0.7,
} as const;

export type TextSettings = typeof TEXT_SETTINGS;
