import { download } from '../../../lib/api.ts';
import { seg } from './keys.ts';

/** Downloads the 移送书 exactly as sent, as PDF or Word (each download is audited). */
export function downloadReferralDocument(id: string, format: 'pdf' | 'docx'): Promise<void> {
  return download(`/api/referrals/${seg(id)}/document.${format}`);
}
