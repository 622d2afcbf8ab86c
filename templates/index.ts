/** Every app template, one file each; agent/templates/catalogue.ts validates them at load. */
import type { AppTemplate } from '../agent/spec/app-template';
import { dailyFeedbackDigest } from './daily-feedback-digest';
import { dataExtractor } from './data-extractor';
import { documentQa } from './document-qa';
import { documentSummariser } from './document-summariser';
import { feedbackClassifier } from './feedback-classifier';
import { jobDescriptionWriter } from './job-description-writer';
import { leadTracker } from './lead-tracker';
import { marketingVisualGenerator } from './marketing-visual-generator';
import { meetingNotesSummariser } from './meeting-notes-summariser';
import { productPhotoEditor } from './product-photo-editor';
import { socialPostWithImage } from './social-post-with-image';
import { supportReplyDrafter } from './support-reply-drafter';
import { translator } from './translator';
import { uiMockupGenerator } from './ui-mockup-generator';
import { weeklyReportDigest } from './weekly-report-digest';

export const TEMPLATES: readonly AppTemplate[] = [
  supportReplyDrafter,
  feedbackClassifier,
  meetingNotesSummariser,
  documentSummariser,
  documentQa,
  dataExtractor,
  leadTracker,
  weeklyReportDigest,
  dailyFeedbackDigest,
  marketingVisualGenerator,
  productPhotoEditor,
  socialPostWithImage,
  uiMockupGenerator,
  translator,
  jobDescriptionWriter,
];
