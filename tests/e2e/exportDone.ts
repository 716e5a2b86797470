// After Export, the dialog says which file was saved and what to do with it; Done closes it.
import { expect, type Page } from '@playwright/test';

/** Checks the dialog names the saved file (and its size), then closes it with Done. */
export async function closeExportDone(page: Page, fileName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`^✓ Saved ${escaped(fileName)} \\(\\d+(\\.\\d)? (kB|MB)\\) to your downloads\\.$`),
  );
  await expect(dialog).toContainText(
    fileName.endsWith('.zip') ? 'double-click index.html' : 'double-click it',
  );
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(dialog).toBeHidden();
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
