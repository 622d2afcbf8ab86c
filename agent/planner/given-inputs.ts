/**
 * What a person hands the tool besides typed fields: photos to read or edit ("upload a photo
 * of a mug", "snap a receipt") and documents ("upload the contract PDF", "a CV as DOCX").
 * Read from lemmas: a giving verb with a photo or document noun shortly after it, a file
 * format named anywhere, or a photographing verb.
 */
import { filesArriving } from './arriving-files';
import { DOCUMENT_FORMATS, DOCUMENT_NOUNS, mediaAt, nounAfter, PHOTO_NOUNS, REACH } from './given-nouns';
import { readSentences, type Token } from './language';
import { fileReadAt, MAKING, photoAsSource } from './looked-at';
import { TEXT_NOUNS } from './result-shape';

/** Verbs by which a file reaches the tool. */
const GIVING = new Set([
  'upload',
  'send',
  'submit',
  'attach',
  'drop',
  'forward',
  'post',
  'share',
  'give',
  'take',
  'import',
  'provide',
  'add',
  'load',
  'scan',
  'feed',
  'hand',
  'bring',
  'supply',
]);
/** Pasting hands over text, or a screenshot, never a file. */
const PASTING = 'paste';
/** Verbs of looking at what is given. */
const LOOKING = new Set(['read', 'analyse', 'analyze', 'inspect', 'examine']);
/** Verbs that mean taking a photo. */
const PHOTOGRAPHING = new Set(['photograph', 'snap', 'shoot']);
/** "gives me a contract as PDFs", "export into DOCX": a format after these is what the tool hands back. */
const OUTPUT_FORMAT_CUES = new Set(['as', 'into', 'to']);
const OUTPUT_VERBS = new Set(['give', 'return', 'export', 'output', 'produce', 'generate', 'save', 'deliver', 'create', 'make']);

export interface GivenInputs {
  /** A photo or image is given for the tool to read or edit. */
  photo: boolean;
  /** A document (PDF, DOCX, text file) is given for the tool to read. */
  document: boolean;
  /** What the document is, in the person's words ("resume", "bank statement"), when said. */
  documentWords: string | null;
  /** What the photo shows, in the person's words ("receipt" of "a photo of the receipt"), when said. */
  photoWords: string | null;
}

/** Nouns that say a file is a file, not what it is. */
const GENERIC_DOCUMENTS = new Set(['document', 'file', 'attachment', 'pdf', 'pdfs', 'docx']);

/** "a bank statement" → "bank statement": the noun with the noun before it, singular. */
function documentWords(tokens: readonly Token[], k: number): string | null {
  const head = tokens[k]!;
  if (GENERIC_DOCUMENTS.has(head.lemma) || GENERIC_DOCUMENTS.has(head.lower)) return null;
  const before = tokens[k - 1];
  const compound = before && before.pos === 'NOUN' && !GENERIC_DOCUMENTS.has(before.lower) ? `${before.lower} ` : '';
  return `${compound}${head.lemma}`;
}

/** "a photo of the receipt" → "receipt". */
function photoWords(tokens: readonly Token[], k: number): string | null {
  if (tokens[k + 1]?.lower !== 'of') return null;
  let j = k + 2;
  while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PRON')) j++;
  const words: string[] = [];
  while (tokens[j] && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') && words.length < 2) words.push(tokens[j++]!.lemma);
  return words.length > 0 ? words.join(' ') : null;
}

/** Parts of speech inside a noun phrase, walked over back to the word before it. */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART']);
/** Documents a tool reads, named generally ("read the documents"). */
const FILE_NOUNS = new Set(['document', 'file', 'attachment', 'pdf', 'pdfs', 'contract', 'report', 'cv', 'resume']);
/** Mail, which documents come attached to. */
const MAIL = new Set(['email', 'mail', 'message']);
/** What comes attached to mail. */
const ATTACHED = new Set([...DOCUMENT_NOUNS, 'quote', 'note', 'form', 'pdf', 'pdfs']);
/** Third parties who hand things over ("they give us"). */
const OTHERS = new Set(['they', 'someone', 'customers', 'clients', 'people', 'users', 'applicants', 'candidates']);
/** Verbs by which the tool hands a file on: a format after them is what it makes. */
const SENDING_OUT = new Set(['send', 'email', 'render', 'design', 'append', 'build', 'write', 'draft', 'prepare']);
/** Verbs of putting something where others see it. */
const SHARING = new Set(['post', 'share']);

/** Verbs of mail coming in. */
const COMING = new Set(['come', 'arrive', 'land']);

/** "emails come in with invoices, quotes…": mail at `i` arrives with documents. */
function comesWithFiles(tokens: readonly Token[], i: number): boolean {
  const w = tokens.slice(i + 1, i + 5).findIndex((x) => x.lower === 'with');
  if (w < 0 || !tokens.slice(i + 1, i + 1 + w).some((x) => COMING.has(x.lemma))) return false;
  return nounAfter(tokens, i + 1 + w, ATTACHED) >= 0;
}

/** Parts of speech before a send that name who sends: "they send", "clients send", "to send". */
const SENDERS = new Set(['PRON', 'NOUN', 'PROPN', 'PART', 'AUX']);

/** A noun that itself names a photo or a document ("contract PDF", "invoice scans"). */
function givenNoun(t: Token): boolean {
  return DOCUMENT_NOUNS.has(t.lemma) || DOCUMENT_FORMATS.has(t.lower) || PHOTO_NOUNS.has(t.lemma);
}

/** Uploaded things that are no document: a list of rows, a recording. */
const NOT_DOCUMENTS = new Set(['list', 'logo', 'icon', 'avatar']);

/** The upload at `i` is of photos, or its object names sound, film or a list, up to where its clause ends. */
function uploadsOther(tokens: readonly Token[], i: number): boolean {
  // "mood board photo uploads": uploads of photos, named as a noun.
  if (PHOTO_NOUNS.has(tokens[i - 1]?.lemma ?? '')) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.lower === 'and' || t.lower === 'then') return false;
    if (NOT_DOCUMENTS.has(t.lemma) || mediaAt(tokens, k)) return true;
  }
  return false;
}

export function givenInputs(text: string): GivenInputs {
  const given: GivenInputs = { photo: false, document: false, documentWords: null, photoWords: null };
  let uploads = false;
  for (const { tokens } of readSentences(text)) {
    tokens.forEach((t, i) => {
      if (t.negated) return;
      if (
        DOCUMENT_FORMATS.has(t.lower) &&
        !(t.lower === 'word' && tokens[i + 1]?.lemma !== 'document' && tokens[i + 1]?.lemma !== 'file')
      ) {
        // The word before the format's noun phrase: "into DOCX", "to the event's feedback log doc".
        let c = i - 1;
        // "as an Excel file and a CSV", "as Word or PDF": the cue stands before the whole coordination.
        while (
          tokens[c] &&
          (NOUN_PHRASE.has(tokens[c]!.pos) ||
            tokens[c]!.pos === 'CCONJ' ||
            DOCUMENT_NOUNS.has(tokens[c]!.lemma) ||
            tokens[c]!.lower.endsWith('ing'))
        )
          c--;
        const cue = tokens[c];
        // "render a PDF quote", "send each admin a PDF report", "append it to the log doc" (not "they send us PDFs").
        const made = tokens
          .slice(0, i)
          .some(
            (x, k) =>
              OUTPUT_VERBS.has(x.lemma) ||
              x.lemma.startsWith('download') ||
              (SENDING_OUT.has(x.lemma) && x.pos === 'VERB' && tokens[k + 1]?.lower !== 'us'),
          );
        // "render a branded PDF quote", "send each admin a short PDF report": a format of what the tool makes.
        const writing = made && (TEXT_NOUNS.has(tokens[i + 1]?.lemma ?? '') || tokens[i + 1]?.lemma === 'quote');
        // "compile the notes into a status doc", "make an agenda doc": a format turned into or made is handed back.
        const intoOrMade = cue?.lower === 'into' || (cue?.pos === 'VERB' && MAKING.has(cue.lemma));
        const handedBack = (cue && OUTPUT_FORMAT_CUES.has(cue.lower) && made) || writing || intoOrMade;
        if (!handedBack) given.document = true;
        // "(pdf or image)": either kind of file.
        // "(PDF or scanned)" says how the document was made.
        const or = tokens[i + 2];
        if (tokens[i + 1]?.lower === 'or' && PHOTO_NOUNS.has(or?.lemma ?? '') && !or?.lower.endsWith('ed')) given.photo = true;
      }
      // "Photo in, caption out", "contract in → risks out": the builders' shorthand for what goes in.
      if (tokens[i + 1]?.lower === 'in' && (tokens[i + 2]?.pos === 'PUNCT' || tokens[i + 2]?.lower === 'and' || !tokens[i + 2])) {
        if (PHOTO_NOUNS.has(t.lemma) || PHOTO_NOUNS.has(t.lower)) given.photo = true;
        if (DOCUMENT_NOUNS.has(t.lemma) || DOCUMENT_FORMATS.has(t.lower)) given.document = true;
      }
      // "snap a photo", "photograph a menu", even where the tagger reads the verb as a noun.
      if (PHOTOGRAPHING.has(t.lemma) && tokens[i - 1]?.pos !== 'DET') given.photo = true;
      if (t.lemma === PASTING && nounAfter(tokens, i, PHOTO_NOUNS) >= 0) given.photo = true;
      // "read a product image and write its description": an image the tool reads is handed to it.
      // "read the CV as an image" says how, not what.
      const how = tokens.slice(i + 1, i + 1 + REACH).some((x) => x.lower === 'as');
      if (LOOKING.has(t.lemma) && t.pos === 'VERB' && !how && nounAfter(tokens, i, PHOTO_NOUNS) >= 0) given.photo = true;
      if (photoAsSource(tokens, i)) given.photo = true;
      if (fileReadAt(tokens, i) || filesArriving(tokens, i)) given.document = true;
      // "read the documents and photos": files the tool reads are handed to it.
      if (t.lemma === 'read' && t.pos === 'VERB' && !how && nounAfter(tokens, i, FILE_NOUNS) >= 0) given.document = true;
      // "emails come in with invoices, quotes…", "messages with attachments": documents attached to mail.
      if (MAIL.has(t.lemma) && comesWithFiles(tokens, i)) given.document = true;
      // "drafts posts with a matching image": a noun "post" hands nothing over.
      // "photos we upload", "the CV they send": the noun comes first.
      if (GIVING.has(t.lemma) && t.pos === 'VERB' && tokens[i - 1]?.pos === 'PRON') {
        const before = tokens.slice(Math.max(0, i - 3), i - 1);
        if (before.some((x) => PHOTO_NOUNS.has(x.lemma) || PHOTO_NOUNS.has(x.lower))) given.photo = true;
        if (before.some((x) => DOCUMENT_NOUNS.has(x.lemma))) given.document = true;
      }
      // "let me drop in photos": after "let me" comes a verb, whatever the tagger says.
      const letMe = tokens[i - 2]?.lemma === 'let' && (tokens[i - 1]?.lower === 'me' || tokens[i - 1]?.lower === 'us');
      if (!GIVING.has(t.lemma) || (t.pos !== 'VERB' && i > 0 && !letMe)) return;
      // "it gives me a contract", "send me the report": the tool hands it back.
      // "they give us their CV": someone else hands it over.
      const others = OTHERS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.pos === 'NOUN';
      if (tokens[i - 1]?.lower === 'it' || (!others && (tokens[i + 1]?.lower === 'me' || tokens[i + 1]?.lower === 'us'))) return;
      // "post a revenue report in Slack", "share the deck on Teams": sent out, not handed over.
      if (
        SHARING.has(t.lemma) &&
        tokens.slice(i + 1, i + 1 + REACH).some((x, k, rest) => (x.lower === 'in' || x.lower === 'on') && rest[k + 1]?.pos === 'PROPN')
      )
        return;
      const photo = nounAfter(tokens, i, PHOTO_NOUNS);
      // "invoices (PDF scans)": a scan kept as a PDF is a document.
      // "a scanned invoice": the participle says how the document was made, not that a photo is given.
      const pdfScan =
        photo >= 0 &&
        tokens[photo]!.lemma === 'scan' &&
        (tokens.slice(i + 1, photo).some((x) => DOCUMENT_FORMATS.has(x.lower) || DOCUMENT_NOUNS.has(x.lemma)) ||
          tokens[photo]!.lower.endsWith('ed'));
      if (pdfScan) given.document = true;
      if (photo >= 0 && !pdfScan) {
        given.photo = true;
        given.photoWords ??= photoWords(tokens, photo);
      }
      // "compute the grades and send each one a report card": a send with no one before it is the tool's.
      if (t.lemma === 'send' && i > 0 && !SENDERS.has(tokens[i - 1]!.pos)) return;
      const found = nounAfter(tokens, i, DOCUMENT_NOUNS);
      // "the weekly report email", "a report card": a noun before another names what the other is about.
      const document = found >= 0 && tokens[found + 1]?.pos === 'NOUN' && !givenNoun(tokens[found + 1]!) ? -1 : found;
      // "an image of a chart": what the photo shows, not a document besides it.
      const shown = photo >= 0 && document > photo && tokens.slice(photo, document).some((x) => x.lower === 'of');
      if (document >= 0 && !shown && !mediaAt(tokens, document)) {
        given.document = true;
        given.documentWords ??= documentWords(tokens, document);
      }
      if (t.lemma === 'upload' && t.pos === 'VERB' && !t.lower.endsWith('ed') && !uploadsOther(tokens, i)) uploads = true;
    });
  }
  // "upload the discharge paperwork", "upload it": where no photo is given, what is uploaded
  // (no sound, film or list) is a document.
  if (uploads && !given.photo) given.document = true;
  return given;
}
