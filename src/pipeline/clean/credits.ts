// Where a page names its own outlet: credit lines, bylines, a wire credit closing the story
// ("… - Reuters", "— AP"), a live blog's sign-off ("Thank you for following Example News").
// An outlet the story only cites ("told CBS News", "Reuters reported") is not one of these.
// Pure.
import { knownOutlet } from './outlets.ts';

const ORG_WORD =
  /\b(?:News|Times|Post|Press|Journal|Tribune|Herald|Guardian|Telegraph|Network|Media|Agency|Reuters|Jazeera|Wire|Daily|Gazette|Radio|TV|Television|Broadcasting|Service|Monitor|Independent|Observer|Chronicle|Insider|Today|Express|Mail|Star|Sun|Standard|Review|Report|Magazine|Bulletin|Post-Gazette)\b/;

/** A news organisation's name: a newsroom word or a known outlet (agencies' initials too). */
export function isNewsName(text: string): boolean {
  const t = text.trim();
  return ORG_WORD.test(t) || knownOutlet(t) !== null;
}

export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(text.trim());
}

/** An organisation's name rather than a person's: an acronym or a name with a newsroom word. */
export function looksLikeOrganisation(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  return isAcronym(t) || ORG_WORD.test(t) || knownOutlet(t) !== null;
}

/**
 * Credits that name no outlet: "Agency Report", "Agencies", "Staff Report", "Web Desk". The
 * line is furniture, and the publisher stays unknown.
 */
const GENERIC_CREDIT =
  /^\(?(?:by:?\s+)?(?:(?:news )?agenc(?:y|ies)(?: report| desk)?|wire (?:services|reports?)|staff(?: report(?:er)?| writer)?|(?:news|web|online|foreign|international|world) desk|desk report|(?:with )?(?:inputs from )?agencies|news agencies)\)?\.?$/i;

export function isGenericCredit(line: string): boolean {
  return GENERIC_CREDIT.test(line.trim());
}

const CREDIT = [
  /^(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(?<org>[A-Z][^.]{1,60}?)\.?(?:\s+all rights reserved.*)?$/i,
  /^(?:this (?:article|story|report) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:in|on|by)|originally published (?:in|on|by)|first published (?:in|on|by)|republished from|courtesy of)\s+(?<org>.{2,60}?)(?:\.\s+.*|\.?)$/i,
];

/** "This article originally appeared in X", "Courtesy of X", "© 2024 X". */
export function readCredit(line: string): string | null {
  for (const re of CREDIT) {
    const org = re.exec(line.trim())?.groups?.org;
    if (org) return org.trim();
  }
  return null;
}

/**
 * "By Jane Doe", "BY JANE ROE", "By: CNN": a name or an outlet after "By". Not a sentence that
 * opens with "By" ("By the numbers: …", "By Dec. 1, Hamas had freed 105 hostages.").
 */
export const BYLINE =
  /^(?:by|By|BY):?\s+(?<who>(?=\p{Lu})(?![A-Z][a-z]{2}\.?\s+\d)(?!.*\d[\d,]*\s+\p{Ll}.*[.!?]$).{2,80})$/u;

/** "Guardian staff and agencies", "Al Jazeera Staff": a byline without "By". */
export const STAFF_LINE =
  /^(?<who>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} [Ss]taff)(?: and agencies)?$/u;

function isSentenceLike(text: string): boolean {
  return /[.!?]["”’)]*\s*$/.test(text.trim());
}

/** "By: CNN", "By Jane Doe, Example Post", "By Jane Doe | Reuters": the outlet in a byline. */
export function readBylineOrg(line: string): string | null {
  const who = BYLINE.exec(line.trim())?.groups?.who ?? STAFF_LINE.exec(line.trim())?.groups?.who;
  if (!who || isSentenceLike(who) || isGenericCredit(who)) return null;
  const parts = who
    .split(/\s*(?:,|\||\band\b|\bfor\b|—|–)\s*/)
    .filter(Boolean)
    // "Al Jazeera Staff", "TOI Staff", "Guardian staff": the outlet's own staff.
    .map((part) => part.replace(STAFF_SUFFIX, '').trim())
    .filter(Boolean);
  for (const part of parts.reverse()) if (looksLikeOrganisation(part)) return part.trim();
  return null;
}

const STAFF_SUFFIX = /\s+(?:staff(?:\s+(?:writers?|reporters?))?|newsroom|correspondents?)$/i;

/** "By EFE Published: Mon 4 Dec 2023, 10:15 AM": a byline and a date line run together. */
export function splitBylineDate(line: string): [string, string] | null {
  if (!BYLINE.test(line.trim())) return null;
  const m = /\s(?=(?:published|updated|posted|last updated)\b)/i.exec(line);
  return m ? [line.slice(0, m.index).trim(), line.slice(m.index).trim()] : null;
}

/** An outlet's name as a credit writes it: a few capitalised words or an acronym. */
const NAME = "[A-Z][\\w&'’-]*(?: [A-Z0-9][\\w&'’-]*){0,4}";

/**
 * A wire credit closing the story: "… ceasefire.- Reuters", "— AP" on a line of its own,
 * "(AFP)" after the last sentence. Not "…, according to Reuters." (a citation).
 */
const WIRE_CREDIT_END = new RegExp(
  `(?:^|[.!?"”’)]\\s*)(?:[-–—]{1,2}\\s*(?<dashed>${NAME})|\\((?<paren>${NAME})\\))\\.?\\s*$`,
);

/** The outlet credited at the end of the last paragraph, and the paragraph without it. */
export function readWireCredit(paragraph: string): { org: string; rest: string } | null {
  const m = WIRE_CREDIT_END.exec(paragraph);
  const org = (m?.groups?.dashed ?? m?.groups?.paren)?.trim();
  // Only a news organisation: a bullet list of bodies ("- OCHA") is no credit.
  if (!m || !org || !isNewsName(org) || isGenericCredit(org)) return null;
  const cut = m.index + (m[0].search(/[-–—(]/) >= 0 ? m[0].search(/[-–—(]/) : 0);
  return { org, rest: paragraph.slice(0, cut).trim() };
}

/** "Thank you for following Example News. This blog is no longer being updated." */
const THANKS = new RegExp(
  `^(?:[Tt]hat(?:'s| is) all[^.!]*[.!]\\s*)?(?:[Tt]hanks|[Tt]hank you) for (?:following|reading|joining|staying with)(?: us on)? (?<org>${NAME})(?:['’]s? [^.!]*)?[.!]`,
);

export function readThanks(line: string): string | null {
  const org = THANKS.exec(line.trim())?.groups?.org?.trim();
  // "Thanks for following our coverage": the outlet is not named.
  if (!org || /^(?:Our|Us|This|The live)\b/.test(org)) return null;
  return org;
}
