import type { PatternId } from './patterns';
import { between, type Random } from './random';
import type { Stage } from './timeline';

/** What a note or task may mention about the case (no real people: every value is synthetic). */
export interface NoteContext {
  /** How the case worker refers to the person: "chị", "anh" or "em". */
  pronoun: string;
  child: boolean;
  female: boolean;
  age: number;
  pattern: PatternId;
  /** Everyday name of the country of exploitation, when abroad. */
  country?: string;
  /** "xã Bát Xát" */
  homeCommune?: string;
  /** "tỉnh Lào Cai" */
  homeProvince: string;
  /** Inside Viet Nam: where the person was exploited. */
  workProvince?: string;
  /** The language an interpreter helped with ("Mông"), if any. */
  interpreterLanguage?: string;
  controls: readonly string[];
  platforms: readonly string[];
  years: number;
}

interface Template {
  stage: Stage;
  restricted?: boolean;
  when?: (c: NoteContext) => boolean;
  text: (c: NoteContext, random: Random) => string;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const abroad = (c: NoteContext) => c.country !== undefined;
export const adult = (c: NoteContext) => !c.child;
const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  'vn.Zalo': 'Zalo',
  FacebookMessenger: 'Messenger',
};
const TRADES_FEMALE = ['may công nghiệp', 'nấu ăn', 'làm tóc', 'trang điểm', 'pha chế đồ uống'];
const TRADES_MALE = ['sửa chữa xe máy', 'hàn điện', 'lái xe', 'điện dân dụng', 'sửa chữa điện thoại'];

const NOTES: readonly Template[] = [
  {
    stage: 'reception',
    text: (c) =>
      `${cap(c.pronoun)} đến trong tình trạng mệt mỏi, lo lắng; đã bố trí chỗ ở tạm thời, ăn uống và đồ dùng cá nhân.`,
  },
  {
    stage: 'reception',
    when: (c) => abroad(c) && (c.pattern === 'scam-compound' || c.pattern === 'labour-abroad'),
    text: (c) =>
      `${cap(c.pronoun)} cho biết được giới thiệu sang ${c.country} làm việc nhẹ lương cao, đến nơi thì bị thu giữ hộ chiếu và điện thoại.`,
  },
  {
    stage: 'reception',
    when: (c) => c.pattern === 'scam-compound',
    text: (c) =>
      `${cap(c.pronoun)} kể bị ép làm việc 14–16 tiếng mỗi ngày, nhắn tin lừa đảo qua mạng; không đạt chỉ tiêu thì bị đánh và bị phạt tiền.`,
  },
  {
    stage: 'reception',
    when: (c) => c.pattern === 'marriage-china',
    text: (c) =>
      `${cap(c.pronoun)} kể bị người quen rủ sang ${c.country} chơi rồi bị bán để lấy chồng; đã sống ở đó ${c.years >= 1 ? `khoảng ${Math.round(c.years)} năm` : 'vài tháng'}.`,
  },
  {
    stage: 'reception',
    text: (c) =>
      `Đã giải thích cho ${c.pronoun} về quyền được hỗ trợ theo quy định và việc giữ bí mật thông tin; ${c.pronoun} đồng ý nhận hỗ trợ.`,
  },
  {
    stage: 'reception',
    text: (c) =>
      `${cap(c.pronoun)} chưa muốn kể nhiều về thời gian ở ${c.country ?? 'nơi làm việc'}, sẽ trao đổi thêm khi ${c.pronoun} ổn định hơn.`,
  },
  {
    stage: 'reception',
    text: (c) =>
      c.homeCommune
        ? `Đã đề nghị Công an ${c.homeCommune} xác minh nhân thân và nơi cư trú của ${c.pronoun}.`
        : `Đã phối hợp với Công an tỉnh để xác minh nhân thân của ${c.pronoun}.`,
  },
  {
    stage: 'reception',
    when: abroad,
    text: (c) => `${cap(c.pronoun)} không còn giấy tờ tùy thân; cần làm thủ tục cấp lại căn cước.`,
  },
  {
    stage: 'reception',
    when: (c) => c.interpreterLanguage !== undefined,
    text: (c) =>
      `Buổi trao đổi có người phiên dịch tiếng ${c.interpreterLanguage} hỗ trợ; ${c.pronoun} hiểu và trả lời được các câu hỏi.`,
  },
  {
    stage: 'reception',
    when: (c) => c.child,
    text: () => 'Đã báo cho gia đình em; mẹ em sẽ lên trung tâm để cùng làm việc với cán bộ.',
  },
  {
    stage: 'reception',
    restricted: true,
    when: (c) => c.pattern === 'sexual',
    text: (c) =>
      `${cap(c.pronoun)} cho biết bị ép tiếp khách tại quán karaoke, bị giữ hết tiền và bị đe dọa nếu bỏ trốn.`,
  },
  {
    stage: 'reception',
    when: (c) => c.pattern === 'labour-domestic' && c.workProvince !== undefined,
    text: (c) =>
      `${cap(c.pronoun)} làm việc tại một xưởng ở ${c.workProvince} từ 6 giờ sáng đến 10 giờ đêm, không được trả lương và không được ra ngoài.`,
  },
  {
    stage: 'support',
    text: (c) =>
      c.homeCommune
        ? `Đã liên hệ gia đình tại ${c.homeCommune}, gia đình đồng ý đón ${c.pronoun} về.`
        : `Đã liên hệ được với gia đình, gia đình đồng ý đón ${c.pronoun} về.`,
  },
  {
    stage: 'support',
    text: (c) =>
      `${cap(c.pronoun)} đã được khám sức khỏe tại bệnh viện đa khoa ${c.homeProvince}, sức khỏe ổn định.`,
  },
  {
    stage: 'support',
    restricted: true,
    text: (c) =>
      `Kết quả khám cho thấy ${c.pronoun} bị suy nhược cơ thể, cần bồi dưỡng và theo dõi thêm 2 tuần.`,
  },
  {
    stage: 'support',
    restricted: true,
    text: (c) =>
      `${cap(c.pronoun)} hay mất ngủ, giật mình khi có người lạ; đã bố trí buổi tư vấn tâm lý đầu tiên.`,
  },
  {
    stage: 'support',
    restricted: true,
    text: (c, random) =>
      `Buổi tư vấn tâm lý thứ ${between(random, 2, 5)}: ${c.pronoun} đã cởi mở hơn, ngủ được tốt hơn.`,
  },
  {
    stage: 'support',
    text: (c) => `Đã hỗ trợ ${c.pronoun} tiền ăn, quần áo và đồ dùng cá nhân theo chế độ.`,
  },
  {
    stage: 'support',
    text: (c) => `Đã hỗ trợ tiền tàu xe để ${c.pronoun} về địa phương; cán bộ xã đón tại bến xe.`,
  },
  {
    stage: 'support',
    text: (c) =>
      `Trung tâm Trợ giúp pháp lý nhà nước đã tư vấn cho ${c.pronoun} về quyền của nạn nhân và việc cung cấp lời khai.`,
  },
  {
    stage: 'support',
    when: adult,
    text: (c, random) => {
      const trades = c.female ? TRADES_FEMALE : TRADES_MALE;
      const trade = trades[Math.floor(random() * trades.length)];
      return `${cap(c.pronoun)} muốn học nghề ${trade}; đã giới thiệu tới trung tâm dịch vụ việc làm ${c.homeProvince}.`;
    },
  },
  {
    stage: 'support',
    when: abroad,
    text: (c) => `Đã hoàn thành thủ tục cấp lại căn cước cho ${c.pronoun}.`,
  },
  {
    stage: 'support',
    text: (c) =>
      `Gia đình ${c.pronoun} thuộc hộ nghèo; đang hoàn thiện hồ sơ đề nghị trợ cấp khó khăn ban đầu.`,
  },
  {
    stage: 'support',
    when: (c) => c.controls.includes('DebtBondage'),
    text: (c) =>
      `${cap(c.pronoun)} lo lắng về khoản “nợ” mà người môi giới đòi; đã giải thích khoản nợ này không có giá trị pháp lý.`,
  },
  {
    stage: 'support',
    when: (c) => c.platforms.length > 0,
    text: (c) => {
      const platform = c.platforms[0] as string;
      return `${cap(c.pronoun)} vẫn nhận được tin nhắn đe dọa qua ${PLATFORM_NAMES[platform] ?? platform}; đã báo Công an để có biện pháp bảo vệ ${c.pronoun} và gia đình.`;
    },
  },
  {
    stage: 'support',
    when: (c) => c.child,
    text: () => 'Đã liên hệ nhà trường để em được đi học lại từ học kỳ tới.',
  },
  {
    stage: 'support',
    restricted: true,
    when: (c) => c.pattern === 'marriage-china' && c.years >= 1.5,
    text: (c) =>
      `${cap(c.pronoun)} có con nhỏ ở lại ${c.country}, rất mong được gặp con; đã hướng dẫn thủ tục liên hệ qua cơ quan chức năng.`,
  },
  {
    stage: 'support',
    restricted: true,
    when: (c) => c.controls.includes('PsychoactiveSubstance'),
    text: (c) =>
      `${cap(c.pronoun)} cho biết từng bị ép dùng chất kích thích; đã giới thiệu khám và tư vấn tại cơ sở y tế.`,
  },
  {
    stage: 'reintegration',
    text: (c) => `Gọi điện theo dõi: ${c.pronoun} đã về sống cùng gia đình, tinh thần ổn định.`,
  },
  {
    stage: 'reintegration',
    when: (c) => c.homeCommune !== undefined,
    text: (c) =>
      `Thăm gia đình tại ${c.homeCommune}: ${c.pronoun} đang phụ giúp gia đình làm nương, chưa có việc làm ổn định.`,
  },
  {
    stage: 'reintegration',
    when: adult,
    text: (c, random) =>
      `${cap(c.pronoun)} đã đi làm công nhân tại khu công nghiệp, thu nhập khoảng ${between(random, 6, 9)} triệu đồng/tháng.`,
  },
  {
    stage: 'reintegration',
    when: adult,
    text: (c, random) =>
      `${cap(c.pronoun)} đã được vay ${[30, 50, 70, 100][between(random, 0, 3)]} triệu đồng từ Ngân hàng Chính sách xã hội để chăn nuôi.`,
  },
  {
    stage: 'reintegration',
    when: (c) => c.child,
    text: (c) =>
      `Em đã đi học lại lớp ${Math.min(12, Math.max(6, c.age - 5))}, cô giáo chủ nhiệm cho biết em học tập chăm chỉ.`,
  },
  {
    stage: 'reintegration',
    text: (c) =>
      `Không liên lạc được với ${c.pronoun} qua số điện thoại đã đăng ký; đã nhờ cán bộ xã hỏi thăm.`,
  },
  {
    stage: 'reintegration',
    when: (c) => c.female && adult(c),
    text: (c) =>
      `Cán bộ Hội Phụ nữ xã cho biết ${c.pronoun} vẫn ở địa phương, tham gia sinh hoạt chi hội đều đặn.`,
  },
  {
    stage: 'reintegration',
    when: adult,
    text: (c) =>
      `${cap(c.pronoun)} có ý định đi làm ăn xa trở lại; đã tư vấn về các dấu hiệu tuyển dụng lừa đảo và cách kiểm tra công ty.`,
  },
  {
    stage: 'reintegration',
    text: (c) =>
      `Đánh giá sau 6 tháng: ${c.pronoun} đã ổn định cuộc sống, quan hệ với gia đình và hàng xóm tốt.`,
  },
  {
    stage: 'not_victim',
    text: (c) =>
      `Kết quả xác minh chưa đủ căn cứ xác định là nạn nhân bị mua bán; đã hướng dẫn ${c.pronoun} về các dịch vụ hỗ trợ khác.`,
  },
  {
    stage: 'not_victim',
    when: abroad,
    text: (c) =>
      `${cap(c.pronoun)} tự nguyện sang ${c.country} làm việc và không bị khống chế; đã tư vấn về di cư an toàn.`,
  },
  {
    stage: 'not_victim',
    text: (c) => `Đã thông báo kết quả xác minh cho ${c.pronoun} và gia đình; ${c.pronoun} đã về địa phương.`,
  },
];

const BY_STAGE = new Map<Stage, readonly Template[]>(
  (['reception', 'support', 'reintegration', 'not_victim'] as const).map((stage) => [
    stage,
    NOTES.filter((template) => template.stage === stage),
  ]),
);

/** One note for a stage of this case: its text and whether it is sensitive. */
export function noteFor(
  random: Random,
  stage: Stage,
  context: NoteContext,
): { body: string; restricted: boolean } {
  const fitting = (BY_STAGE.get(stage) ?? []).filter((template) => !template.when || template.when(context));
  const template = fitting[Math.floor(random() * fitting.length)] as Template;
  return { body: template.text(context, random), restricted: template.restricted === true };
}
