import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// A case worker of the Lào Cai social work centre records a survivor's story with her consent, removes what the
// system highlights, and submits it; the centre's supervisor approves it; the programme analyst reads it in the
// library; the survivor withdraws and it is gone from the library.
const app = useDemoApp();
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const STORY =
  'Tôi là Nguyễn Thị Dợ ở xã Tân Lập. Chị Hoa rủ tôi đi làm ở nhà máy, gọi cho tôi từ số 0912 345 678. Khi về không ai hỏi tôi cần gì.';

async function registerCase(page: Page): Promise<string> {
  const created = await postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Nguyễn Thị Dợ', dateOfBirth: '2000-02-14' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: today(),
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
    },
    consents: [
      { purpose: 'services', method: 'signed_form', language: 'vie', obtainedOn: today(), givenBy: 'person' },
    ],
  });
  return created.id;
}

describe('stories', () => {
  it('a consented story is redacted, reviewed, read without its case, and withdrawn everywhere', async () => {
    const worker = await app.signedInPage('lan.nguyen');
    const errors = watchConsoleErrors(worker);
    const caseId = await registerCase(worker);
    await worker.goto(`${app.baseUrl}/cases/${caseId}?tab=consent`);
    const panel = worker.getByTestId('case-stories');
    await panel.getByRole('button', { name: 'Ghi câu chuyện mới' }).click();
    await panel.getByLabel('Mục đích đã giải thích với người kể').fill('Góp ý cho chính sách tái hòa nhập');
    await panel.getByRole('checkbox', { name: 'Người xây dựng chính sách' }).check();
    await panel.getByLabel('Liên hệ để rút lại câu chuyện').fill('Trung tâm Công tác xã hội tỉnh Lào Cai');
    await panel.getByTestId('story-text').fill(STORY);
    // The system highlights the planted identifiers: the name, the commune, "chị Hoa" and the phone number.
    const findings = panel.getByTestId('story-finding');
    await expect.poll(() => findings.count()).toBe(4);
    expect(await seriousAccessibilityViolations(worker)).toEqual([]);
    await panel.getByRole('button', { name: 'Thay tất cả bằng [...]' }).click();
    await panel.getByTestId('story-clean').waitFor();
    await panel.getByRole('checkbox', { name: 'Kỳ thị', exact: true }).check();
    await panel.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const draft = panel.getByTestId('story-draft');
    await draft.getByRole('button', { name: 'Gửi duyệt' }).click();
    await draft.getByText('Đang chờ duyệt').waitFor();

    const supervisor = await app.signedInPage('minh.tran');
    await supervisor.goto(`${app.baseUrl}/stories/review`);
    const item = supervisor.getByTestId('story-review-item').first();
    await item.getByText('[...] rủ tôi đi làm ở nhà máy', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(supervisor)).toEqual([]);
    await item.getByRole('button', { name: 'Duyệt đăng' }).click();
    await supervisor.getByText('Không có câu chuyện nào chờ duyệt.').waitFor();

    const analyst = await app.signedInPage('analyst');
    await analyst.goto(`${app.baseUrl}/stories`);
    const story = analyst.getByTestId('story').filter({ hasText: 'rủ tôi đi làm ở nhà máy' });
    await story.waitFor();
    expect(await story.textContent()).not.toContain('Nguyễn');
    expect(await seriousAccessibilityViolations(analyst)).toEqual([]);

    await worker.reload();
    await panel.getByText('Đã đăng: 1 câu chuyện', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Rút tất cả câu chuyện của người này' }).click();
    await panel.getByText('Đã rút 1 câu chuyện ở mọi nơi.').waitFor();
    await analyst.reload();
    await analyst.getByText('Chưa có câu chuyện nào.').waitFor();
    expect(errors).toEqual([]);
  }, 180_000);
});
