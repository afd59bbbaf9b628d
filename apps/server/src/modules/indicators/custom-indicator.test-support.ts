/** An administrator's indicator as the composer sends it: cases recruited online, by province and sex. */
export function onlineRecruitmentCount(code: string) {
  return {
    code,
    name: {
      vi: 'Số người bị mua bán được tuyển mộ qua mạng',
      en: 'Persons recruited online',
      ar: 'الأشخاص الذين جُنّدوا عبر الإنترنت',
    },
    definition: {
      vi: 'Số hồ sơ tiếp nhận có phương thức tuyển mộ qua mạng xã hội hoặc quảng cáo trực tuyến.',
      en: 'Cases received whose recruitment went through social networks or online advertisements.',
      ar: 'الحالات المستقبلة التي تم التجنيد فيها عبر الشبكات الاجتماعية أو الإعلانات على الإنترنت.',
    },
    unit: 'count',
    block: { kind: 'count', subject: 'case', where: [{ code: 'recruited_online' }] },
    dimensions: ['province', 'sex'],
  };
}
