import { abroad, adult, type NoteContext } from './notes';
import { between, type Random } from './random';
import type { Stage } from './timeline';

interface TaskTemplate {
  stage: Stage;
  title: string;
  dueDays: readonly [number, number];
  when?: (c: NoteContext) => boolean;
}

const TASKS: readonly TaskTemplate[] = [
  { stage: 'reception', title: 'Xác minh nhân thân với Công an xã', dueDays: [1, 3] },
  { stage: 'reception', title: 'Hoàn thiện hồ sơ đề nghị xác định nạn nhân', dueDays: [2, 7] },
  { stage: 'reception', title: 'Liên hệ gia đình để thông báo', dueDays: [1, 3] },
  { stage: 'reception', title: 'Đưa đi khám sức khỏe ban đầu', dueDays: [1, 5] },
  { stage: 'support', title: 'Hỗ trợ làm lại căn cước', dueDays: [7, 30], when: abroad },
  { stage: 'support', title: 'Đưa đi khám sức khỏe tại bệnh viện tỉnh', dueDays: [3, 14] },
  { stage: 'support', title: 'Liên hệ Trung tâm Trợ giúp pháp lý nhà nước', dueDays: [5, 14] },
  { stage: 'support', title: 'Hoàn thiện hồ sơ trợ cấp khó khăn ban đầu', dueDays: [7, 30] },
  { stage: 'support', title: 'Bố trí buổi tư vấn tâm lý lần 2', dueDays: [5, 14] },
  { stage: 'support', title: 'Lập kế hoạch hỗ trợ tái hòa nhập', dueDays: [14, 30] },
  {
    stage: 'support',
    title: 'Giới thiệu học nghề tại trung tâm dịch vụ việc làm',
    dueDays: [14, 45],
    when: adult,
  },
  { stage: 'support', title: 'Liên hệ nhà trường để em đi học lại', dueDays: [7, 30], when: (c) => c.child },
  {
    stage: 'support',
    title: 'Làm thủ tục vay vốn Ngân hàng Chính sách xã hội',
    dueDays: [14, 60],
    when: adult,
  },
  { stage: 'support', title: 'Hỗ trợ tiền tàu xe về địa phương', dueDays: [1, 7] },
  { stage: 'reintegration', title: 'Gọi điện theo dõi sau 1 tháng', dueDays: [30, 30] },
  { stage: 'reintegration', title: 'Gọi điện theo dõi sau 3 tháng', dueDays: [90, 90] },
  { stage: 'reintegration', title: 'Thăm gia đình tại xã', dueDays: [14, 45] },
  { stage: 'reintegration', title: 'Đánh giá tái hòa nhập sau 6 tháng', dueDays: [180, 180] },
  { stage: 'not_victim', title: 'Thông báo kết quả xác minh cho gia đình', dueDays: [1, 5] },
];

/** A task for a stage: its title and how many days after creation it is due. */
export function taskFor(
  random: Random,
  stage: Stage,
  context: NoteContext,
): { title: string; dueDays: number } {
  const fitting = TASKS.filter((task) => task.stage === stage && (!task.when || task.when(context)));
  const task = fitting[Math.floor(random() * fitting.length)] as TaskTemplate;
  return { title: task.title, dueDays: between(random, task.dueDays[0], task.dueDays[1]) };
}
