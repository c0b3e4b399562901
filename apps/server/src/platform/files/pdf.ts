import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { DocParagraph } from './docx.ts';

const require = createRequire(import.meta.url);

/** Millimetres to PDF points. */
const mm = (v: number) => (v * 72) / 25.4;

/**
 * The Chinese fonts every generated PDF embeds (subset to the characters used): Noto Sans SC
 * (GB2312 coverage, SIL Open Font Licence) from an npm package, so a fresh machine needs no system
 * fonts. Read once; each document parses and subsets them again.
 */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function chineseFonts() {
  if (!fonts) {
    // The package exports only its index (dist/index.*); the fonts sit beside dist/.
    const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = {
      regular: readFileSync(path.join(dir, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(path.join(dir, 'NotoSansHans-Bold.otf')),
    };
  }
  return fonts;
}

/** Sizes in points as in the DOCX: 二号 22 pt title, 三号 16 pt text; 28 pt fixed line pitch. */
const STYLES: Record<
  NonNullable<DocParagraph['style']>,
  { size: number; bold: boolean; align: 'center' | 'justify' | 'right' | 'left'; indent: boolean }
> = {
  title: { size: 22, bold: true, align: 'center', indent: false },
  subtitle: { size: 16, bold: false, align: 'center', indent: false },
  heading: { size: 16, bold: true, align: 'justify', indent: true },
  body: { size: 16, bold: false, align: 'justify', indent: true },
  right: { size: 16, bold: false, align: 'right', indent: false },
  plain: { size: 16, bold: false, align: 'left', indent: false },
};

/**
 * The same paragraphs as `buildDocx`, as a PDF on A4 with the margins of official documents
 * (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm) and page numbers "— n —" at the
 * foot. For people and systems that must not edit what was issued.
 */
export function buildPdf(paragraphs: DocParagraph[], title: string): Promise<Buffer> {
  const { regular, bold } = chineseFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
    bufferPages: true,
    info: { Title: title, Creator: 'Jiandu', Producer: 'Jiandu' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const p of paragraphs) {
    const style = STYLES[p.style ?? 'body'];
    doc.font(style.bold ? 'bold' : 'regular').fontSize(style.size);
    const lineGap = Math.max(0, 28 - style.size * 1.2);
    for (const line of p.text.split('\n'))
      doc.text(line, {
        align: style.align,
        indent: style.indent ? style.size * 2 : 0,
        lineGap,
      });
    if (p.style === 'title') doc.moveDown(0.3);
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(14)
      .text(`— ${i + 1} —`, 0, doc.page.height - mm(25), { width: doc.page.width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** The MIME type of PDF files. */
export const PDF_TYPE = 'application/pdf';
