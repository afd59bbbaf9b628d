import { type Vocabulary, vn } from './types';

/** How a person came to the agency (Law 53/2024/QH15 Art. 27 lists who may receive them). */
export const intakeRoute: Vocabulary = {
  id: 'vn-intake-route',
  source: 'vn',
  labels: { vi: 'Cách tiếp nhận', en: 'How the person came to the agency', ar: 'كيف وصل الشخص إلى الجهة' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('Rescued', 'Được giải cứu', 'Rescued', 'أُنقذ'),
    vn('SelfReported', 'Tự trình báo', 'Came forward themselves', 'تقدّم بنفسه'),
    vn(
      'ReturnedByForeignAuthorities',
      'Được nước ngoài trao trả',
      'Returned by foreign authorities',
      'أعادته سلطات أجنبية',
    ),
    vn('Hotline', 'Qua đường dây nóng', 'Through a hotline', 'عبر خط ساخن'),
    vn('Screening', 'Qua sàng lọc', 'Through screening', 'عبر الفحص'),
    vn('ReferredByAgency', 'Do cơ quan khác chuyển đến', 'Referred by another agency', 'أحالته جهة أخرى'),
    vn('ReportedByFamily', 'Gia đình, người thân báo tin', 'Reported by family', 'أبلغت عنه الأسرة'),
    vn('OtherRoute', 'Cách khác', 'Another way', 'طريقة أخرى'),
  ],
};
