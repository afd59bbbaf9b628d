import { type Vocabulary, vn } from './types';

// What one agency asks another to do for a person, why a request may be declined, and how a delivered
// service ended. The services are the support regimes of Law 53/2024/QH15, Art. 37 (same codes, so a referral
// and a support plan speak of the same thing) and the protection services around them that agencies refer for.

export const referralService: Vocabulary = {
  id: 'vn-referral-service',
  source: 'vn',
  labels: { vi: 'Dịch vụ chuyển gửi', en: 'Referral service', ar: 'خدمة الإحالة' },
  htcdsFields: [],
  multiple: true,
  codes: [
    vn('Shelter', 'Nơi ở tạm thời', 'Shelter', 'المأوى'),
    vn('EssentialNeeds', 'Hỗ trợ nhu cầu thiết yếu', 'Essential needs', 'تلبية الاحتياجات الأساسية'),
    vn('Medical', 'Hỗ trợ y tế', 'Medical support', 'الدعم الطبي'),
    vn('Psychological', 'Hỗ trợ tâm lý', 'Psychological support', 'الدعم النفسي'),
    vn('Interpretation', 'Hỗ trợ phiên dịch', 'Interpretation', 'الترجمة الشفوية'),
    vn('LegalInformation', 'Hỗ trợ thông tin pháp luật', 'Legal information', 'المعلومات القانونية'),
    vn('LegalAid', 'Trợ giúp pháp lý', 'Legal aid', 'المساعدة القانونية'),
    vn('TravelCosts', 'Hỗ trợ chi phí đi lại', 'Travel costs', 'تكاليف التنقل'),
    vn('GeneralEducation', 'Hỗ trợ giáo dục phổ thông', 'General education', 'دعم التعليم العام'),
    vn(
      'VocationalTrainingAndEmployment',
      'Học nghề, tư vấn và giới thiệu việc làm',
      'Vocational training and job placement',
      'التدريب المهني والمساعدة في التوظيف',
    ),
    vn(
      'InitialHardshipAllowanceAndLoans',
      'Trợ cấp khó khăn ban đầu và hỗ trợ vay vốn',
      'Initial hardship allowance and loans',
      'إعانة الصعوبات الأولية والقروض',
    ),
    vn('FamilyTracing', 'Tìm kiếm, kết nối gia đình', 'Family tracing', 'البحث عن الأسرة'),
    vn('Repatriation', 'Hỗ trợ hồi hương', 'Repatriation assistance', 'المساعدة في العودة إلى الوطن'),
    vn(
      'Verification',
      'Xác minh, xác định nạn nhân',
      'Verification and identification',
      'التحقق وتحديد الضحية',
    ),
  ],
};

export const referralDeclineReason: Vocabulary = {
  id: 'vn-referral-decline-reason',
  source: 'vn',
  labels: { vi: 'Lý do từ chối tiếp nhận', en: 'Reason for declining', ar: 'سبب الرفض' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('NoCapacity', 'Hết chỗ hoặc quá tải', 'No capacity now', 'لا توجد سعة حاليًا'),
    vn('NotEligible', 'Không thuộc đối tượng', 'Not eligible', 'غير مؤهل'),
    vn('ServiceNotOffered', 'Không cung cấp dịch vụ này', 'Service not offered', 'الخدمة غير مقدمة'),
    vn('OutsideArea', 'Ngoài địa bàn phục vụ', 'Outside the area served', 'خارج منطقة الخدمة'),
    vn('PersonDeclined', 'Người được hỗ trợ không đồng ý', 'The person declined', 'الشخص رفض'),
    vn('Other', 'Lý do khác', 'Other reason', 'سبب آخر'),
  ],
};

export const serviceOutcome: Vocabulary = {
  id: 'vn-service-outcome',
  source: 'vn',
  labels: { vi: 'Kết quả cung cấp dịch vụ', en: 'Service outcome', ar: 'نتيجة الخدمة' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('Delivered', 'Đã cung cấp đầy đủ', 'Delivered', 'قُدمت بالكامل'),
    vn('PartlyDelivered', 'Đã cung cấp một phần', 'Partly delivered', 'قُدمت جزئيًا'),
    vn('NotDelivered', 'Không cung cấp được', 'Not delivered', 'لم تُقدم'),
  ],
};
