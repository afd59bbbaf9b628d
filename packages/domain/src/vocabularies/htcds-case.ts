import { htcds, type Vocabulary } from './types';

// Case, referral, support-plan, perpetrator and trafficking-event lists of HTCDS v2.0.

export const caseStatus: Vocabulary = {
  id: 'case-status',
  source: 'htcds',
  labels: { vi: 'Trạng thái hồ sơ', en: 'Case status', ar: 'حالة الملف' },
  htcdsFields: ['cas_Status'],
  multiple: false,
  codes: [
    htcds('Active', 'Đang hỗ trợ', 'Active', 'نشطة'),
    htcds('FollowUp', 'Đang theo dõi', 'Follow up', 'قيد المتابعة'),
    htcds('Closed', 'Đã đóng', 'Closed', 'مغلقة'),
    htcds('ClosedReferred', 'Đã đóng, đã chuyển gửi', 'Closed referred', 'مغلقة بعد الإحالة'),
  ],
};

export const referralReason: Vocabulary = {
  id: 'referral-reason',
  source: 'htcds',
  labels: { vi: 'Lý do chuyển gửi', en: 'Reason for referral', ar: 'سبب الإحالة' },
  htcdsFields: ['cas_ReasonForIncomingReferral', 'cas_ReasonForOutgoingReferral'],
  multiple: false,
  codes: [
    htcds(
      'AdditionalServicesRequired',
      'Cần thêm dịch vụ',
      'Additional services required',
      'الحاجة إلى خدمات إضافية',
    ),
    htcds(
      'MigrationOrChangeOfLocation',
      'Di cư hoặc chuyển nơi ở',
      'Migration or change of location',
      'الهجرة أو تغيير مكان الإقامة',
    ),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};

export const supportPlanType: Vocabulary = {
  id: 'support-plan-type',
  source: 'htcds',
  labels: { vi: 'Loại kế hoạch hỗ trợ', en: 'Support plan type', ar: 'نوع خطة الدعم' },
  htcdsFields: ['spl_Type'],
  multiple: false,
  codes: [
    htcds('Education', 'Giáo dục', 'Education', 'التعليم'),
    htcds('Financial', 'Tài chính', 'Financial', 'الدعم المالي'),
    htcds('Health', 'Sức khỏe', 'Health', 'الصحة'),
    htcds(
      'LabourExploitationRehabilitation',
      'Phục hồi sau bóc lột lao động',
      'Labour exploitation rehabilitation',
      'التعافي من الاستغلال في العمل',
    ),
    htcds('Legal', 'Pháp lý', 'Legal', 'الدعم القانوني'),
    htcds('Livelihood', 'Sinh kế', 'Livelihood', 'سبل العيش'),
    htcds('RightsBasedTraining', 'Tập huấn về quyền', 'Rights-based training', 'التدريب القائم على الحقوق'),
    htcds(
      'SexualExploitationRehabilitation',
      'Phục hồi sau bóc lột tình dục',
      'Sexual exploitation rehabilitation',
      'التعافي من الاستغلال الجنسي',
    ),
    htcds('SocialCare', 'Chăm sóc xã hội', 'Social care', 'الرعاية الاجتماعية'),
  ],
};

export const perpetratorRole: Vocabulary = {
  id: 'perpetrator-role',
  source: 'htcds',
  labels: {
    vi: 'Vai trò của đối tượng',
    en: 'Perpetrator’s role in the process',
    ar: 'دور الجاني في العملية',
  },
  htcdsFields: ['per_RoleInProcess'],
  multiple: true,
  codes: [
    htcds('TravellingPartner', 'Người đi cùng', 'Travelling partner', 'رفيق السفر'),
    htcds('Transporter', 'Người vận chuyển', 'Transporter', 'الناقل'),
    htcds(
      'RecruiterOrIntermediary',
      'Người tuyển mộ, trung gian',
      'Recruiter or intermediary',
      'المجنِّد أو الوسيط',
    ),
    htcds('BrokerTravelAgent', 'Môi giới, đại lý du lịch', 'Broker travel agent', 'سمسار أو وكيل سفر'),
    htcds('TransferredIndividual', 'Chuyển giao người', 'Transferred individual', 'نقل الشخص إلى طرف آخر'),
    htcds('HarbouredIndividual', 'Chứa chấp, che giấu người', 'Harboured individual', 'إيواء الشخص'),
    htcds('SoldIndividual', 'Bán người', 'Sold individual', 'بيع الشخص'),
    htcds('BoughtIndividual', 'Mua người', 'Bought individual', 'شراء الشخص'),
    htcds('ReceivedIndividual', 'Tiếp nhận người', 'Received individual', 'استلام الشخص'),
    htcds('ControlledIndividual', 'Khống chế người', 'Controlled individual', 'السيطرة على الشخص'),
    htcds('Smuggler', 'Người đưa người xuất nhập cảnh trái phép', 'Smuggler', 'مهرِّب المهاجرين'),
    htcds('Abuser', 'Người bạo hành', 'Abuser', 'المعتدي'),
    htcds('Kidnapper', 'Kẻ bắt cóc', 'Kidnapper', 'الخاطف'),
    htcds('Exploiter', 'Kẻ bóc lột', 'Exploiter', 'المستغِل'),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};

export const traffickingEventType: Vocabulary = {
  id: 'trafficking-event-type',
  source: 'htcds',
  labels: { vi: 'Giai đoạn của vụ mua bán người', en: 'Trafficking event type', ar: 'نوع حدث الاتجار' },
  htcdsFields: ['hte_Type'],
  multiple: false,
  codes: [
    htcds('Recruitment', 'Tuyển mộ', 'Recruitment', 'التجنيد'),
    htcds('Transit', 'Trung chuyển', 'Transit', 'العبور'),
    htcds('Exploitation', 'Bóc lột', 'Exploitation', 'الاستغلال'),
  ],
};
