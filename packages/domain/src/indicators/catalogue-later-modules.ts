import type { IndicatorDefinitionInput } from './definition';

/** Indicators over the modules of #18 and #19 (groups, one-stop offices, training), read from the fact views of migration 0039. */
export function laterModuleIndicators(): IndicatorDefinitionInput[] {
  return [
    {
      code: 'self_help_groups_active',
      name: {
        vi: 'Nhóm tự lực đang hoạt động',
        en: 'Self-help groups active',
        ar: 'مجموعات المساعدة الذاتية النشطة',
      },
      definition: {
        vi: 'Số nhóm tự lực đang hoạt động trong kỳ.',
        en: 'Self-help groups active in the period.',
        ar: 'مجموعات المساعدة الذاتية النشطة خلال الفترة.',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'self_help_group', where: [{ code: 'active' }] },
      dimensions: ['province', 'agency_type'],
    },
    {
      code: 'self_help_group_members',
      name: {
        vi: 'Thành viên nhóm tự lực',
        en: 'Self-help group members',
        ar: 'أعضاء مجموعات المساعدة الذاتية',
      },
      definition: {
        vi: 'Số thành viên đang tham gia các nhóm tự lực.',
        en: 'Members taking part in self-help groups.',
        ar: 'الأعضاء المشاركون في مجموعات المساعدة الذاتية.',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'self_help_group_member', where: [{ code: 'active' }] },
      dimensions: ['province', 'sex', 'age_band'],
    },
    {
      code: 'one_stop_contacts',
      name: {
        vi: 'Lượt liên hệ văn phòng một cửa',
        en: 'One-stop office contacts',
        ar: 'اتصالات مكاتب الشباك الواحد',
      },
      definition: {
        vi: 'Số lượt liên hệ với các văn phòng hỗ trợ một cửa của Hội Liên hiệp Phụ nữ.',
        en: "Contacts with the Women's Union one-stop support offices.",
        ar: 'الاتصالات بمكاتب الدعم ذات الشباك الواحد التابعة لاتحاد المرأة.',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'one_stop_contact' },
      dimensions: ['province', 'sex', 'age_band', 'agency_type'],
    },
    {
      code: 'frontline_staff_trained',
      name: {
        vi: 'Cán bộ tuyến đầu được tập huấn',
        en: 'Frontline staff trained',
        ar: 'موظفو الخط الأمامي المدرَّبون',
      },
      definition: {
        vi: 'Số cán bộ tuyến đầu được tập huấn về các công cụ chuẩn (sàng lọc, chuyển gửi, hỗ trợ).',
        en: 'Frontline staff trained on the standard tools (screening, referral, support).',
        ar: 'موظفو الخط الأمامي المدرَّبون على الأدوات المعيارية (الفحص والإحالة والدعم).',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'training_participant', where: [{ code: 'frontline_staff' }] },
      dimensions: ['province', 'sex', 'agency_type'],
    },
  ];
}
