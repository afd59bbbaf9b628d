import { labelOf, toVietNamDate, type VocabularyId } from '@lantern/domain';
import { pdfmake } from '../../lib/pdf-engine';

/** Everything a referral letter says, already decided by the use case (identity only where the sender opened it). */
export interface LetterContent {
  caseCode: string;
  fromAgency: string;
  fromProvince: string;
  toName: string;
  toContact: string | null;
  sentAt: Date;
  sentBy: string;
  urgency: 'urgent' | 'high' | 'normal';
  services: string[];
  reason: string;
  message: string | null;
  respondBy: Date;
  completeBy: Date;
  consent: 'consented' | 'overridden';
  person: { fullName: string; dateOfBirth: string | null; phones: string[] } | null;
}

const urgencyWords = { urgent: 'Khẩn cấp', high: 'Cao', normal: 'Bình thường' } as const;

/** "ngày 05 tháng 12 năm 2026", as Vietnamese official letters date themselves. */
export function vietnameseDate(at: Date): string {
  const [year, month, day] = toVietNamDate(at).split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

function vietnameseDateTime(at: Date): string {
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
  return `${time} ${vietnameseDate(at)}`;
}

const label = (vocabulary: VocabularyId, code: string) => labelOf(vocabulary, code, 'vi') ?? code;

/** The letter as a pdfmake document: an official-style Vietnamese referral letter ("Giấy giới thiệu chuyển gửi"). */
export function letterDocument(letter: LetterContent) {
  const row = (name: string, value: string) => [{ text: name, bold: true }, value];
  const person = letter.person
    ? [
        row('Họ và tên', letter.person.fullName),
        row('Ngày sinh', letter.person.dateOfBirth?.split('-').reverse().join('/') ?? '—'),
        row('Điện thoại', letter.person.phones.join(', ') || '—'),
      ]
    : [row('Người được hỗ trợ', 'Thông tin nhận dạng không được chia sẻ; liên hệ cơ quan gửi.')];
  return {
    info: { title: `Giấy chuyển gửi ${letter.caseCode}` },
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    footer: (page: number, pages: number) => ({
      columns: [
        {
          text: 'MẬT — chỉ dùng để hỗ trợ người được chuyển gửi; không sao chép, không chia sẻ thêm.',
          fontSize: 8,
        },
        { text: `${page}/${pages}`, alignment: 'right', fontSize: 8 },
      ],
      margin: [56, 16, 56, 0],
    }),
    content: [
      {
        columns: [
          {
            text: [{ text: letter.fromAgency.toUpperCase(), bold: true }, `\n${letter.fromProvince}`],
            width: '*',
          },
          {
            text: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n', bold: true },
              { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
            ],
            alignment: 'center',
            width: 'auto',
          },
        ],
      },
      {
        text: `${letter.fromProvince}, ${vietnameseDate(letter.sentAt)}`,
        italics: true,
        alignment: 'right',
        margin: [0, 12, 0, 0],
      },
      { text: 'GIẤY CHUYỂN GỬI', bold: true, fontSize: 16, alignment: 'center', margin: [0, 18, 0, 2] },
      { text: `Hồ sơ ${letter.caseCode}`, alignment: 'center', margin: [0, 0, 0, 14] },
      { text: [{ text: 'Kính gửi: ', bold: true }, letter.toName] },
      letter.toContact ? { text: `Liên hệ: ${letter.toContact}`, margin: [0, 2, 0, 0] } : '',
      {
        text: `${letter.fromAgency} trân trọng giới thiệu người có tên dưới đây đến Quý cơ quan để được hỗ trợ theo các nội dung sau:`,
        margin: [0, 12, 0, 8],
      },
      { table: { widths: [140, '*'], body: person }, layout: 'lightHorizontalLines' },
      {
        table: {
          widths: [140, '*'],
          body: [
            row(
              'Dịch vụ đề nghị',
              letter.services.map((code) => label('vn-referral-service', code)).join('; '),
            ),
            row('Lý do chuyển gửi', label('referral-reason', letter.reason)),
            row('Mức độ khẩn cấp', urgencyWords[letter.urgency]),
            row('Đề nghị phản hồi trước', vietnameseDateTime(letter.respondBy)),
            row('Đề nghị hoàn thành trước', vietnameseDateTime(letter.completeBy)),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 8, 0, 0],
      },
      letter.message
        ? { text: [{ text: 'Lời nhắn: ', bold: true }, letter.message], margin: [0, 12, 0, 0] }
        : '',
      {
        text:
          letter.consent === 'consented'
            ? 'Người được hỗ trợ đã đồng ý cho chia sẻ thông tin với loại cơ quan này. Xin chỉ sử dụng thông tin cho mục đích hỗ trợ.'
            : 'Việc chuyển gửi được thực hiện khi chưa có sự đồng ý, vì sự an toàn của người được hỗ trợ, theo quyết định có ghi nhận của người phụ trách.',
        italics: true,
        margin: [0, 12, 0, 0],
      },
      {
        text: 'Đề nghị Quý cơ quan phản hồi kết quả tiếp nhận và hỗ trợ cho cơ quan gửi.',
        margin: [0, 8, 0, 0],
      },
      {
        columns: [
          { text: '', width: '*' },
          {
            text: [
              { text: 'NGƯỜI GIỚI THIỆU\n', bold: true },
              { text: '(Ký, ghi rõ họ tên)\n\n\n\n', italics: true },
              letter.sentBy,
            ],
            alignment: 'center',
            width: 220,
          },
        ],
        margin: [0, 24, 0, 0],
      },
    ],
  };
}

export function renderLetter(letter: LetterContent): Promise<Buffer> {
  return pdfmake().createPdf(letterDocument(letter)).getBuffer();
}
