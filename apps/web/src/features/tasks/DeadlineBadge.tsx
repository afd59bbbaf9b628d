import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../shell/ToneBadge';
import { deadlineWords } from './deadline';

/** "Overdue 2 days" / "Due today" / "3 days left": colour and words together; nothing when there is no date. */
export function DeadlineBadge({ dueOn, today }: { dueOn: string | null; today: string }) {
  const { t } = useTranslation();
  const words = deadlineWords(dueOn, today);
  if (words.key === 'none') return null;
  return (
    <ToneBadge tone={words.tone} size="md" data-testid="deadline">
      {t(`worklist.deadline.${words.key}${words.count === 1 ? 'One' : ''}`, { count: words.count })}
    </ToneBadge>
  );
}
