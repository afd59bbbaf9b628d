import { type Vocabulary, vn } from './types';

// Self-help groups of the community reintegration model (issue #18): what a meeting does, and the livelihood a
// group works towards. Short lists on purpose: a report counts meetings by activity across provinces.

export const groupActivity: Vocabulary = {
  id: 'vn-group-activity',
  source: 'vn',
  labels: { vi: 'Hoạt động của nhóm', en: 'Group activity', ar: 'نشاط المجموعة' },
  htcdsFields: [],
  multiple: true,
  codes: [
    vn('Training', 'Tập huấn', 'Training', 'التدريب'),
    vn('Savings', 'Tiết kiệm', 'Savings', 'الادخار'),
    vn('PeerSupport', 'Hỗ trợ đồng đẳng', 'Peer support', 'دعم الأقران'),
    vn('Livelihood', 'Sinh kế', 'Livelihood', 'سبل العيش'),
  ],
};

export const livelihoodFocus: Vocabulary = {
  id: 'vn-livelihood-focus',
  source: 'vn',
  labels: { vi: 'Hướng sinh kế', en: 'Livelihood focus', ar: 'محور سبل العيش' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('Agriculture', 'Trồng trọt', 'Crop farming', 'الزراعة'),
    vn('Livestock', 'Chăn nuôi', 'Livestock', 'تربية المواشي'),
    vn('Handicraft', 'Thủ công, may mặc', 'Handicraft and tailoring', 'الحرف اليدوية والخياطة'),
    vn('SmallTrade', 'Buôn bán nhỏ', 'Small trade', 'التجارة الصغيرة'),
    vn('Services', 'Dịch vụ', 'Services', 'الخدمات'),
    vn('Mixed', 'Kết hợp', 'Mixed', 'متنوع'),
  ],
};
