import type {
  CaseStories,
  CreateStoryDraftInput,
  PublishedStory,
  StoryDecisionInput,
  StoryDraft,
  StoryReviewItem,
  UpdateStoryDraftInput,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const storyKeys = {
  all: ['stories'] as const,
  ofCase: (caseId: string) => ['stories', 'case', caseId] as const,
  review: ['stories', 'review'] as const,
  library: (theme: string | null) => ['stories', 'library', theme] as const,
};

export function useCaseStories(caseId: string) {
  return useQuery({
    queryKey: storyKeys.ofCase(caseId),
    queryFn: () => api<CaseStories>(`/api/cases/${caseId}/stories`),
  });
}

/** Every change to a story can change the case's list, the review queue and the library. */
function useStoryMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: storyKeys.all }),
  });
}

export const useCreateStory = (caseId: string) =>
  useStoryMutation((input: CreateStoryDraftInput) =>
    api<StoryDraft>(`/api/cases/${caseId}/stories`, { method: 'POST', body: input }),
  );

export const useUpdateStory = (draftId: string) =>
  useStoryMutation((input: UpdateStoryDraftInput) =>
    api<StoryDraft>(`/api/stories/drafts/${draftId}`, { method: 'PUT', body: input }),
  );

export const useSubmitStory = (draftId: string) =>
  useStoryMutation(() => api<StoryDraft>(`/api/stories/drafts/${draftId}/submit`, { method: 'POST' }));

export const useWithdrawStories = (caseId: string) =>
  useStoryMutation(() =>
    api<{ removed: number }>(`/api/cases/${caseId}/stories/withdraw`, { method: 'POST' }),
  );

export function useStoryReviewQueue() {
  return useQuery({
    queryKey: storyKeys.review,
    queryFn: () => api<{ items: StoryReviewItem[] }>('/api/stories/review'),
  });
}

export const useDecideStory = (draftId: string) =>
  useStoryMutation((input: StoryDecisionInput) =>
    api<{ storyId: string | null }>(`/api/stories/review/${draftId}`, { method: 'POST', body: input }),
  );

export function useStoryLibrary(theme: string | null) {
  return useQuery({
    queryKey: storyKeys.library(theme),
    queryFn: () => api<{ items: PublishedStory[] }>(theme ? `/api/stories?theme=${theme}` : '/api/stories'),
  });
}
