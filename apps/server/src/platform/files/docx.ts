import { zip } from './zip.ts';

/** One paragraph of a generated document. */
export interface DocParagraph {
  text: string;
  /**
   * title: large, bold, centred; heading: bold; right: right-aligned (signature, date); plain: flush
   * left without the first-line indent (the addressee line).
   */
  style?: 'title' | 'subtitle' | 'heading' | 'body' | 'right' | 'plain';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Font sizes in half-points: 二号 22 pt for the title, 三号 16 pt for the text, as official documents use. */
const STYLES: Record<
  NonNullable<DocParagraph['style']>,
  { size: number; bold: boolean; align: string; indent: boolean; font: string }
> = {
  title: { size: 44, bold: true, align: 'center', indent: false, font: '宋体' },
  subtitle: { size: 32, bold: false, align: 'center', indent: false, font: '仿宋' },
  heading: { size: 32, bold: true, align: 'both', indent: true, font: '黑体' },
  body: { size: 32, bold: false, align: 'both', indent: true, font: '仿宋' },
  right: { size: 32, bold: false, align: 'right', indent: false, font: '仿宋' },
  plain: { size: 32, bold: false, align: 'left', indent: false, font: '仿宋' },
};

function paragraphXml(p: DocParagraph): string {
  const style = STYLES[p.style ?? 'body'];
  const indent = style.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : '';
  const fonts = `<w:rFonts w:ascii="${style.font}" w:hAnsi="${style.font}" w:eastAsia="${style.font}"/>`;
  const run = `<w:rPr>${fonts}${style.bold ? '<w:b/>' : ''}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>`;
  const lines = p.text.split('\n').map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:p><w:pPr><w:jc w:val="${style.align}"/><w:spacing w:line="560" w:lineRule="exact"/>${indent}</w:pPr><w:r>${run}${lines.join('<w:br/>')}</w:r></w:p>`;
}

/**
 * A Word (.docx, Office Open XML) document of plain paragraphs on A4 with the margins of official
 * documents (GB/T 9704). Small on purpose: no tables, images or numbering are needed for 文书.
 */
export function buildDocx(paragraphs: DocParagraph[], title: string): Buffer {
  const body = paragraphs.map(paragraphXml).join('');
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${section}</w:body></w:document>`;
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Jiandu</dc:creator></cp:coreProperties>`;
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'docProps/core.xml', data: core },
    { name: 'word/document.xml', data: document },
  ]);
}

/** The MIME type of .docx files. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
