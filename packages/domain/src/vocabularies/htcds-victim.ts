import { htcds, type Vocabulary, vn } from './types';

// Victim-context lists of HTCDS v2.0 (vic_ fields).

export const traffickingStatus: Vocabulary = {
  id: 'trafficking-status',
  source: 'htcds',
  labels: { vi: 'Tình trạng nạn nhân', en: 'Trafficking status', ar: 'حالة الاتجار' },
  htcdsFields: ['vic_TraffickingStatus'],
  multiple: false,
  codes: [
    htcds(
      'PossibleVictimOfTrafficking',
      'Có thể là nạn nhân bị mua bán',
      'Possible victim of trafficking',
      'ضحية محتملة للاتجار بالبشر',
    ),
    htcds(
      'ActualVictimOfTrafficking',
      'Nạn nhân bị mua bán (đã xác định)',
      'Actual victim of trafficking',
      'ضحية فعلية للاتجار بالبشر',
    ),
    htcds(
      'NotAVictimOfTrafficking',
      'Không phải nạn nhân bị mua bán',
      'Not a victim of trafficking',
      'ليس ضحية للاتجار بالبشر',
    ),
  ],
};

export const statusDecidingOrganisation: Vocabulary = {
  id: 'status-deciding-organisation',
  source: 'htcds',
  labels: {
    vi: 'Cơ quan xác định tình trạng nạn nhân',
    en: 'Organisation deciding the trafficking status',
    ar: 'الجهة التي حددت حالة الاتجار',
  },
  htcdsFields: ['vic_TraffickingStatusDecisionMakingOrg'],
  multiple: false,
  codes: [
    htcds('Police', 'Công an', 'Police', 'الشرطة'),
    htcds('NGO', 'Tổ chức phi chính phủ', 'NGO', 'منظمة غير حكومية'),
    htcds(
      'CourtOrProsecution',
      'Tòa án hoặc Viện kiểm sát',
      'Court or prosecution',
      'المحكمة أو النيابة العامة',
    ),
    htcds(
      'NonPoliceGovernmentalOrganization',
      'Cơ quan nhà nước khác (không phải công an)',
      'Non-police governmental organization',
      'جهة حكومية غير الشرطة',
    ),
    vn('BorderGuard', 'Bộ đội Biên phòng', 'Border guard', 'حرس الحدود', {
      htcdsExport: 'NonPoliceGovernmentalOrganization',
      description: {
        vi: 'Luật Phòng, chống mua bán người 2024 (Điều 27) nêu Bộ đội Biên phòng trong số cơ quan tiếp nhận.',
        en: 'Named among the receiving agencies by the 2024 Law on Prevention and Combat of Human Trafficking (Art. 27).',
      },
    }),
    vn('CoastGuard', 'Cảnh sát biển', 'Coast guard', 'خفر السواحل', {
      htcdsExport: 'NonPoliceGovernmentalOrganization',
      description: {
        vi: 'Luật Phòng, chống mua bán người 2024 (Điều 27) nêu Cảnh sát biển trong số cơ quan tiếp nhận.',
        en: 'Named among the receiving agencies by the 2024 Law on Prevention and Combat of Human Trafficking (Art. 27).',
      },
    }),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};

export const relationshipToTrafficker: Vocabulary = {
  id: 'relationship-to-trafficker',
  source: 'htcds',
  labels: { vi: 'Quan hệ với kẻ mua bán người', en: 'Relationship to trafficker', ar: 'العلاقة بالمتاجر' },
  htcdsFields: ['vic_RelationshipToTrafficker'],
  multiple: false,
  codes: [
    htcds('Familial', 'Người trong gia đình, họ hàng', 'Familial', 'من أفراد الأسرة'),
    htcds('Acquainted', 'Người quen', 'Acquainted', 'شخص معروف للضحية'),
    vn(
      'IntimatePartner',
      'Người yêu, bạn trai/bạn gái',
      'Boyfriend, girlfriend or lover',
      'حبيب أو شريك عاطفي',
      {
        htcdsExport: 'Acquainted',
        ctdc: 'recruiterRelationIntimatePartner',
        description: {
          vi: 'CTDC thống kê riêng người yêu; vợ/chồng thì chọn "Người trong gia đình".',
          en: 'CTDC counts intimate partners separately; record a spouse as a family member.',
        },
      },
    ),
    // The standard misspells this value name; the code is kept as published so exports stay valid.
    htcds('Unaquainted', 'Người lạ', 'Unacquainted', 'شخص غريب'),
  ],
};

export const recruitmentMethod: Vocabulary = {
  id: 'recruitment-method',
  source: 'htcds',
  labels: { vi: 'Cách thức tuyển mộ', en: 'Method of recruitment', ar: 'طريقة التجنيد' },
  htcdsFields: ['vic_MethodOfRecruitment'],
  multiple: true,
  codes: [
    htcds('AtAPlaceOfBusiness', 'Tại cơ sở kinh doanh', 'At a place of business', 'في مكان عمل تجاري'),
    htcds(
      'AtAnEducationalInstitution',
      'Tại trường học, cơ sở giáo dục',
      'At an educational institution',
      'في مؤسسة تعليمية',
    ),
    htcds('AtWork', 'Tại nơi làm việc', 'At work', 'في مكان العمل'),
    htcds(
      'ThroughOnlineSocialNetworks',
      'Qua mạng xã hội',
      'Through online social networks',
      'عبر شبكات التواصل الاجتماعي',
    ),
    htcds(
      'ThroughAnOnlineAdvertisement',
      'Qua quảng cáo trên mạng',
      'Through an online advertisement',
      'عبر إعلان على الإنترنت',
    ),
    htcds(
      'ThroughATelevisionAdvert',
      'Qua quảng cáo trên truyền hình',
      'Through a television advert',
      'عبر إعلان تلفزيوني',
    ),
    htcds(
      'ThroughANewspaperAdvert',
      'Qua quảng cáo trên báo',
      'Through a newspaper advert',
      'عبر إعلان في صحيفة',
    ),
    htcds(
      'ThroughFamilyOrFamilyEvents',
      'Qua gia đình hoặc dịp sinh hoạt gia đình',
      'Through family or family events',
      'عبر الأسرة أو المناسبات العائلية',
    ),
    htcds(
      'ThroughFriendsOrSocialEvents',
      'Qua bạn bè hoặc dịp giao lưu',
      'Through friends or social events',
      'عبر الأصدقاء أو المناسبات الاجتماعية',
    ),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};

export const onlinePlatform: Vocabulary = {
  id: 'online-platform',
  source: 'htcds',
  labels: { vi: 'Trang mạng và ứng dụng', en: 'Websites and apps', ar: 'المواقع والتطبيقات' },
  htcdsFields: ['vic_RecruitmentWebsitesAndApps', 'vic_ExploitationWebsitesAndApps'],
  multiple: true,
  codes: [
    htcds('Facebook', 'Facebook', 'Facebook', 'فيسبوك'),
    htcds('Instagram', 'Instagram', 'Instagram', 'إنستغرام'),
    htcds('WhatsApp', 'WhatsApp', 'WhatsApp', 'واتساب'),
    htcds('Telegram', 'Telegram', 'Telegram', 'تيليغرام'),
    htcds('FacebookMessenger', 'Facebook Messenger', 'Facebook Messenger', 'فيسبوك ماسنجر'),
    htcds('Viber', 'Viber', 'Viber', 'فايبر'),
    htcds('SnapChat', 'Snapchat', 'SnapChat', 'سناب شات'),
    htcds('Line', 'LINE', 'Line', 'لاين'),
    htcds('4Sale', '4Sale', '4Sale', '4Sale (فور سيل)'),
    htcds('WeChat', 'WeChat', 'WeChat', 'وي تشات'),
    htcds('QQ', 'QQ', 'QQ', 'كيو كيو (QQ)'),
    htcds('QZone', 'Qzone', 'QZone', 'كيو زون (Qzone)'),
    htcds('TikTok', 'TikTok', 'TikTok', 'تيك توك'),
    htcds('Twitter', 'Twitter (X)', 'Twitter (X)', 'تويتر (إكس)'),
    vn('Zalo', 'Zalo', 'Zalo', 'زالو', {
      htcdsExport: 'Other',
      description: {
        vi: 'Ứng dụng nhắn tin phổ biến nhất ở Việt Nam, thường được dùng để liên lạc trong tuyển dụng lừa đảo.',
        en: 'Viet Nam’s most used messaging app, often the contact channel of deceptive job offers.',
      },
    }),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};

export const controlMethod: Vocabulary = {
  id: 'control-method',
  source: 'htcds',
  labels: { vi: 'Thủ đoạn khống chế', en: 'Methods of control', ar: 'أساليب السيطرة' },
  htcdsFields: ['vic_MethodsOfControl'],
  multiple: true,
  codes: [
    htcds('PhysicalThreats', 'Đe dọa bạo lực', 'Physical threats', 'التهديد بالعنف الجسدي', {
      ctdc: 'meansThreats',
    }),
    htcds(
      'ThreatsLawEnforcement',
      'Đe dọa báo công an, cơ quan chức năng',
      'Threats of law enforcement',
      'التهديد بإبلاغ السلطات',
      { ctdc: 'meansThreats' },
    ),
    htcds(
      'ThreatensChildrenFamily',
      'Đe dọa con cái, gia đình',
      'Threatens children/family',
      'تهديد الأطفال أو الأسرة',
      { ctdc: 'meansThreats' },
    ),
    htcds('DebtBondage', 'Trói buộc bằng nợ', 'Debt bondage', 'عبودية الدين', {
      ctdc: 'meansDebtBondageEarnings',
    }),
    htcds('FalsePromises', 'Hứa hẹn gian dối', 'False promises', 'وعود كاذبة', {
      ctdc: 'meansFalsePromises',
    }),
    htcds('PhysicalAbuse', 'Bạo hành thể chất', 'Physical abuse', 'الإيذاء الجسدي', {
      ctdc: 'meansAbusePsyPhySex',
    }),
    htcds('SexualAbuse', 'Xâm hại tình dục', 'Sexual abuse', 'الاعتداء الجنسي', {
      ctdc: 'meansAbusePsyPhySex',
    }),
    htcds('TakesEarnings', 'Chiếm đoạt tiền công, thu nhập', 'Takes earnings', 'الاستيلاء على الأجور', {
      ctdc: 'meansDebtBondageEarnings',
    }),
    htcds(
      'RestrictsFinancialAccess',
      'Hạn chế sử dụng tiền',
      'Restricts financial access',
      'تقييد الوصول إلى المال',
      { ctdc: 'meansDenyBasicNeeds' },
    ),
    htcds(
      'RestrictsMedicalCare',
      'Hạn chế khám chữa bệnh',
      'Restricts medical care',
      'تقييد الحصول على الرعاية الطبية',
      { ctdc: 'meansDenyBasicNeeds' },
    ),
    htcds(
      'WithholdsNecessities',
      'Cắt ăn uống, nhu yếu phẩm',
      'Withholds necessities',
      'الحرمان من الضروريات',
      { ctdc: 'meansDenyBasicNeeds' },
    ),
    htcds('PsychologicalAbuse', 'Bạo hành tinh thần', 'Psychological abuse', 'الإيذاء النفسي', {
      ctdc: 'meansAbusePsyPhySex',
    }),
    htcds(
      'PsychoactiveSubstance',
      'Dùng ma túy, chất kích thích',
      'Psychoactive substance',
      'المؤثرات العقلية',
      { ctdc: 'meansDrugsAlcohol' },
    ),
    htcds(
      'ExcessiveWorkingHours',
      'Bắt làm việc quá sức, quá giờ',
      'Excessive working hours',
      'ساعات عمل مفرطة',
      { ctdc: 'meansExcessiveWorkHours' },
    ),
    htcds('WithholdsDocuments', 'Giữ giấy tờ tùy thân', 'Withholds documents', 'حجز الوثائق الشخصية', {
      ctdc: 'meansWithholdDocs',
    }),
    vn(
      'RestrictsMovement',
      'Giam giữ, hạn chế đi lại',
      'Confinement or restricted movement',
      'الاحتجاز أو تقييد الحركة',
      {
        htcdsExport: 'Other',
        ctdc: 'meansDenyBasicNeeds',
        description: {
          vi: 'HTCDS không có giá trị riêng; CTDC gộp vào nhóm tước đoạt nhu cầu cơ bản. Phổ biến ở các cơ sở lừa đảo trực tuyến.',
          en: 'HTCDS has no value of its own; CTDC counts it under denial of basic needs. Common in online scam compounds.',
        },
      },
    ),
    htcds('Other', 'Khác', 'Other', 'أخرى'),
  ],
};
