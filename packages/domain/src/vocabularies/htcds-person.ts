import { htcds, type Vocabulary, vn } from './types';

// Person and organisation lists of HTCDS v2.0 (prs_ and org_ fields).

export const gender: Vocabulary = {
  id: 'gender',
  source: 'htcds',
  labels: { vi: 'Giới tính', en: 'Gender', ar: 'الجنس' },
  htcdsFields: ['prs_Gender'],
  multiple: false,
  codes: [
    htcds('Feminine', 'Nữ', 'Feminine', 'أنثى'),
    htcds('Masculine', 'Nam', 'Masculine', 'ذكر'),
    htcds('TransgenderFeminine', 'Người chuyển giới nữ', 'Transgender feminine', 'عابرة جنسيًا (أنثى)'),
    htcds('TransgenderMasculine', 'Người chuyển giới nam', 'Transgender masculine', 'عابر جنسيًا (ذكر)'),
    htcds('NonConforming', 'Không theo khuôn mẫu giới', 'Non-conforming', 'غير ملتزم بالقوالب الجندرية'),
    htcds('NonSpecifiedUnknown', 'Không nêu / không rõ', 'Not specified/unknown', 'غير محدد / غير معروف'),
  ],
};

export const maritalStatus: Vocabulary = {
  id: 'marital-status',
  source: 'htcds',
  labels: { vi: 'Tình trạng hôn nhân', en: 'Marital status', ar: 'الحالة الاجتماعية' },
  htcdsFields: ['prs_MaritalStatus'],
  multiple: false,
  codes: [
    htcds('Single', 'Độc thân', 'Single', 'أعزب / عزباء'),
    htcds('Married', 'Đã kết hôn', 'Married', 'متزوج / متزوجة'),
    htcds('Widowed', 'Góa', 'Widowed', 'أرمل / أرملة'),
    htcds('Divorced', 'Đã ly hôn', 'Divorced', 'مطلق / مطلقة'),
    htcds('Separated', 'Ly thân', 'Separated', 'منفصل / منفصلة'),
    htcds('RegisteredPartnership', 'Chung sống có đăng ký', 'Registered partnership', 'شراكة مسجلة'),
  ],
};

export const educationLevel: Vocabulary = {
  id: 'education-level',
  source: 'htcds',
  labels: { vi: 'Trình độ học vấn cao nhất', en: 'Highest level of education', ar: 'أعلى مستوى تعليمي' },
  htcdsFields: ['prs_HighestLevelOfEducation'],
  multiple: false,
  codes: [
    vn('NoFormalEducation', 'Chưa từng đi học', 'No formal education', 'بدون تعليم نظامي', {
      description: {
        vi: 'HTCDS (theo ISCED 2011) không có giá trị này; khi xuất theo HTCDS, trường này để trống.',
        en: 'HTCDS (after ISCED 2011) has no such value; the field is left empty in HTCDS exports.',
      },
    }),
    htcds(
      'EarlyChildhoodEducation',
      'Giáo dục mầm non',
      'Early childhood education',
      'التعليم في مرحلة الطفولة المبكرة',
    ),
    htcds('PrimaryEducation', 'Tiểu học', 'Primary education', 'التعليم الابتدائي'),
    htcds(
      'LowerSecondaryEducation',
      'Trung học cơ sở',
      'Lower secondary education',
      'التعليم الثانوي الأدنى (الإعدادي)',
    ),
    htcds(
      'UpperSecondaryEducation',
      'Trung học phổ thông',
      'Upper secondary education',
      'التعليم الثانوي الأعلى',
    ),
    htcds(
      'PostSecondaryNonTertiaryEducation',
      'Sau trung học phổ thông, chưa đến cao đẳng, đại học',
      'Post-secondary non-tertiary education',
      'التعليم ما بعد الثانوي غير العالي',
    ),
    htcds(
      'ShortCycleTertiaryEducation',
      'Cao đẳng',
      'Short-cycle tertiary education',
      'التعليم العالي قصير الأمد',
    ),
    htcds(
      'BachelorsOrEquivalentLevel',
      'Đại học hoặc tương đương',
      'Bachelor’s or equivalent level',
      'البكالوريوس أو ما يعادله',
    ),
    htcds(
      'MastersOrEquivalentLevel',
      'Thạc sĩ hoặc tương đương',
      'Master’s or equivalent level',
      'الماجستير أو ما يعادله',
    ),
    htcds(
      'DoctoralOrEquivalentLevel',
      'Tiến sĩ hoặc tương đương',
      'Doctoral or equivalent level',
      'الدكتوراه أو ما يعادلها',
    ),
  ],
};

export const organisationType: Vocabulary = {
  id: 'organisation-type',
  source: 'htcds',
  labels: { vi: 'Loại tổ chức', en: 'Organisation type', ar: 'نوع المنظمة' },
  htcdsFields: ['org_Type'],
  multiple: false,
  codes: [
    htcds('NGO', 'Tổ chức phi chính phủ', 'NGO', 'منظمة غير حكومية'),
    htcds('LawEnforcement', 'Cơ quan thực thi pháp luật', 'Law enforcement', 'جهة إنفاذ القانون'),
    htcds('HealthServiceOrganisation', 'Cơ sở y tế', 'Health service organisation', 'مؤسسة خدمات صحية'),
    htcds(
      'CentralGovernmentOrganisation',
      'Cơ quan trung ương',
      'Central government organisation',
      'جهة حكومية مركزية',
    ),
    htcds(
      'LocalGovernmentOrganisation',
      'Cơ quan chính quyền địa phương',
      'Local government organisation',
      'جهة حكومية محلية',
    ),
    htcds('ImmigrationService', 'Cơ quan quản lý xuất nhập cảnh', 'Immigration service', 'دائرة الهجرة'),
    htcds('LegalService', 'Tổ chức dịch vụ pháp lý', 'Legal service', 'جهة خدمات قانونية'),
    htcds('CorporateBusiness', 'Doanh nghiệp', 'Corporate business', 'شركة تجارية'),
    htcds('SchoolOrCollege', 'Trường học', 'School or college', 'مدرسة أو كلية'),
    vn(
      'SocialProtectionCentre',
      'Cơ sở trợ giúp xã hội, trung tâm công tác xã hội',
      'Social protection or social work centre',
      'مركز الحماية الاجتماعية أو العمل الاجتماعي',
      {
        htcdsExport: 'LocalGovernmentOrganisation',
        description: {
          vi: 'Đơn vị công lập cấp tỉnh tiếp nhận và hỗ trợ nạn nhân; xuất theo HTCDS là cơ quan chính quyền địa phương.',
          en: 'Public provincial units that receive and support victims; exported to HTCDS as a local government organisation.',
        },
      },
    ),
    vn('BorderGuard', 'Bộ đội Biên phòng', 'Border guard', 'حرس الحدود', { htcdsExport: 'LawEnforcement' }),
  ],
};
