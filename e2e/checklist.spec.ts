import { expect, SHOTS, test } from './fixtures';

test.describe('checklist', () => {
  test('deleting the JMAC raises W2; its quick fix clears it; undo brings it back; answers survive a reload', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('Model A: POC Adviser as coordinator');
    await page.getByRole('tab', { name: 'Checklist' }).click();
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await expect(checklist).toContainText('Derived from the study’s ten coordination tasks');
    await expect(checklist.getByTestId('checklist.score')).toContainText(/Score \d+ \/ \d+/);
    const w2 = checklist.getByTestId('checklist.finding.W2');
    await expect(w2).toHaveCount(0);

    await app.node('jmac').click();
    await page.keyboard.press('Delete');
    await expect(app.node('jmac')).toHaveCount(0);
    await expect(w2).toBeVisible();
    await expect(w2).toContainText('Remedy');
    await expect(w2).toContainText('derived');
    await page.screenshot({ path: `${SHOTS}/checklist-w2.png` });

    await w2.getByRole('button', { name: /Quick fix for W2/ }).click();
    await expect(w2).toHaveCount(0);
    expect((await app.docJson()).units.some((u) => u.kind === 'jmac')).toBe(true);

    await app.button('Undo').click();
    await expect(w2).toBeVisible();

    // Selecting a finding selects its units on the canvas.
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(w2).toHaveCount(0);

    // Answer a manual question; it is saved in the document and survives a reload.
    await checklist.getByTestId('checklist.group.vision').getByRole('button').first().click();
    const v1 = checklist.getByTestId('checklist.question.V1');
    await v1.getByText('Yes', { exact: true }).click();
    await v1.getByRole('textbox', { name: 'Note on V1' }).fill('Endorsed by the SRSG in March');
    await page.waitForTimeout(900);
    await page.reload();
    await page.getByRole('tab', { name: 'Checklist' }).click();
    await page
      .getByRole('region', { name: 'Checklist' })
      .getByTestId('checklist.group.vision')
      .getByRole('button')
      .first()
      .click();
    const again = page.getByTestId('checklist.question.V1');
    await expect(again.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(again.getByRole('textbox', { name: 'Note on V1' })).toHaveValue(
      'Endorsed by the SRSG in March',
    );
    const doc = await app.docJson();
    expect(JSON.stringify(doc)).toContain('Endorsed by the SRSG in March');
  });

  test('selecting a finding selects its units; badges show on the canvas and can be hidden', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('Teaching: centralised coordination');
    await page.getByRole('tab', { name: 'Checklist' }).click();
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await checklist.getByTestId('checklist.group.field').getByRole('button').first().click();
    const f1 = checklist.getByTestId('checklist.finding.F1').first();
    await expect(f1).toBeVisible();
    await f1.getByRole('button', { name: /^F1:/ }).click();
    await expect(page.locator('.react-flow__node.selected')).not.toHaveCount(0);
    await expect(page.locator('.unit-node__badge').first()).toBeVisible();
    await checklist.getByRole('switch', { name: 'Show badges on the canvas' }).uncheck();
    await expect(page.locator('.unit-node__badge')).toHaveCount(0);
  });
});

test.describe('custom rule packs', () => {
  const pack = {
    id: 'mission-pack',
    title: 'Mission pack',
    rules: [
      {
        id: 'M1',
        type: 'kind-exists',
        kind: 'jotc',
        group: 'partners',
        title: 'A single entry point for humanitarian requests exists',
        severity: 'warning',
        remedy: 'Set up a JOTC.',
      },
    ],
  };

  test('a mission pack adds its rules; a broken pack is refused with its problems', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('Model A: POC Adviser as coordinator');
    await page.getByRole('tab', { name: 'Checklist' }).click();
    const checklist = page.getByRole('region', { name: 'Checklist' });

    let chooser = page.waitForEvent('filechooser');
    await checklist.getByRole('button', { name: 'Load rule pack' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'bad-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"id":"x","title":"X","rules":[{"id":"Z1","type":"kind-exists","kind":"no-such-kind","group":"roles","title":"t"}]}',
      ),
    });
    const dialog = page.getByRole('dialog', { name: 'This rule pack cannot be loaded' });
    await expect(dialog).toContainText('no-such-kind');
    await expect(dialog).toContainText('has not changed');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(checklist.getByRole('button', { name: 'Remove rule pack' })).toHaveCount(0);

    chooser = page.waitForEvent('filechooser');
    await checklist.getByRole('button', { name: 'Load rule pack' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await checklist.getByTestId('checklist.group.partners').getByRole('button').first().click();
    await expect(checklist.getByTestId('checklist.finding.M1')).toContainText(
      'A single entry point',
    );
    await checklist.getByRole('button', { name: 'Remove rule pack' }).click();
    await expect(checklist.getByTestId('checklist.finding.M1')).toHaveCount(0);
  });
});
