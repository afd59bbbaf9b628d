import { type Vocabulary, vn } from './types';

// The training register (issue #19): which standard tool a training covered, and the role its participants
// hold. The national programme reports "frontline staff trained on the standard tools", so the roles say who is
// frontline (see training/frontline.ts) and the tools are the ones the programme issued.

export const trainingTool: Vocabulary = {
  id: 'vn-training-tool',
  source: 'vn',
  labels: { vi: 'Công cụ chuẩn được tập huấn', en: 'Standard tool covered', ar: 'الأداة المعيارية المشمولة' },
  htcdsFields: [],
  multiple: true,
  codes: [
    vn('ScreeningToolkit', 'Bộ công cụ sàng lọc', 'Screening toolkit', 'مجموعة أدوات الفحص'),
    vn('ReferralProcedure', 'Quy trình chuyển gửi', 'Referral procedure', 'إجراءات الإحالة'),
    vn('SupportRegimes', 'Chế độ hỗ trợ nạn nhân', 'Support regimes', 'أنظمة الدعم'),
    vn('CaseManagement', 'Quản lý trường hợp', 'Case management', 'إدارة الحالات'),
    vn('VictimIdentification', 'Xác minh, xác định nạn nhân', 'Victim identification', 'تحديد هوية الضحايا'),
    vn('Reintegration', 'Hỗ trợ tái hòa nhập', 'Reintegration support', 'دعم إعادة الإدماج'),
    vn('DataProtection', 'Bảo vệ dữ liệu cá nhân', 'Personal data protection', 'حماية البيانات الشخصية'),
  ],
};

export const trainingRole: Vocabulary = {
  id: 'vn-training-role',
  source: 'vn',
  labels: { vi: 'Vai trò của học viên', en: 'Participant role', ar: 'دور المشارك' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('Police', 'Công an', 'Police officer', 'ضابط شرطة'),
    vn('BorderGuard', 'Bộ đội biên phòng', 'Border guard', 'حرس الحدود'),
    vn('SocialWorker', 'Cán bộ công tác xã hội', 'Social worker', 'أخصائي اجتماعي'),
    vn('HealthWorker', 'Nhân viên y tế', 'Health worker', 'عامل صحي'),
    vn('OneStopOfficer', 'Cán bộ văn phòng một cửa', 'One-stop office officer', 'موظف مكتب الشباك الواحد'),
    vn('CommuneOfficial', 'Cán bộ cấp xã', 'Commune official', 'مسؤول البلدية'),
    vn('LegalAidOfficer', 'Trợ giúp viên pháp lý', 'Legal aid officer', 'موظف المساعدة القانونية'),
    vn('Manager', 'Cán bộ quản lý', 'Manager', 'مدير'),
    vn('Trainer', 'Giảng viên', 'Trainer', 'مدرب'),
    vn('Other', 'Khác', 'Other', 'أخرى'),
  ],
};
