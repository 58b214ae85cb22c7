import { readFileSync } from 'node:fs';
import { expect, SHOTS, test } from './fixtures';

// A French planner opening a broken file or a broken rule pack reads why in French, and the open
// organogram stays as it was.

const handbook = JSON.parse(readFileSync('presets/handbook-2020.json', 'utf8')) as {
  titleFr: string;
};

test.describe('problems in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a broken file and a broken rule pack are explained in French', async ({ app, page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: `Ouvrir ${handbook.titleFr}`, exact: true }).click();
    await expect(page.getByRole('region', { name: 'Canevas' })).toBeVisible({ timeout: 30_000 });
    const before = await app.docJson();

    const open = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();
      await (
        await chooser
      ).setFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      return page.getByRole('dialog', { name: 'Ce fichier ne peut pas être ouvert' });
    };

    let dialog = await open('casse.json', '{\n  "format": "poc-organogram",\n  "units": [,]\n}');
    await expect(dialog).toContainText('JSON non valide');
    await expect(dialog).toContainText('(ligne 3, colonne 13)');
    await expect(dialog).toContainText('L’organigramme ouvert n’a pas changé.');
    await expect(dialog).not.toContainText('Not valid JSON');
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    const file = { ...JSON.parse(JSON.stringify(before)), format: 'poc-organogram' } as Record<
      string,
      unknown
    > & { units: Record<string, unknown>[] };
    file.units = [...file.units, { id: 'x9', kind: 'x9', label: 'X' }, { id: 'y9', label: 5 }];
    dialog = await open('incomplet.json', JSON.stringify(file));
    await expect(dialog).toContainText('Valeur invalide\u00a0: texte attendu, nombre reçu');
    await expect(dialog).toContainText('Valeur manquante\u00a0: texte attendu');
    await expect(dialog).not.toContainText('Invalid input');
    await page.screenshot({ path: `${SHOTS}/fr-problems.png` });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    expect(await app.docJson()).toEqual(before);

    await page.getByRole('tab', { name: 'Contrôle' }).click();
    const checklist = page.getByRole('region', { name: 'Liste de contrôle' });
    const chooser = page.waitForEvent('filechooser');
    await checklist.getByRole('button', { name: 'Charger un jeu de règles' }).click();
    const pack = {
      id: 'x',
      title: 'X',
      rules: [{ id: 'Z1', type: 'kind-exists', kind: 'no-such-kind', group: 'roles', title: 't' }],
    };
    await (
      await chooser
    ).setFiles({
      name: 'jeu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    const refused = page.getByRole('dialog', { name: 'Ce jeu de règles ne peut pas être chargé' });
    await expect(refused).toContainText('Type d’unité inconnu\u00a0: «\u00a0no-such-kind\u00a0»');
    await expect(refused).not.toContainText('Unknown unit kind');
    await refused.getByRole('button', { name: 'Fermer' }).click();
  });
});
