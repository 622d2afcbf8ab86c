/** /apps: the lifecycle banners' "Move to <successor>" buttons; the list reloads after a move. */
import { wireMoveButtons } from '../move-to-successor';

wireMoveButtons(document, () => location.reload());
