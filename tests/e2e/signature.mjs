// A signature as drawn on a tablet, for the tests and the benchmark that store signed cases:
// a script that defines `lotseDrawSignature(seed)` in the page (a PNG data URL, as the
// agreement stores a drawing; the same seed draws the same line).
export const SIGNATURE_SCRIPT = `
self.lotseDrawSignature = (seed) => {
  const canvas = document.createElement("canvas");
  canvas.width = 600;
  canvas.height = 200;
  const context = canvas.getContext("2d");
  context.lineWidth = 3;
  context.beginPath();
  let y = 100, n = seed;
  for (let i = 0; i < 400; i++) {
    n = (n * 1103515245 + 12345) % 2147483648;
    y = Math.max(10, Math.min(190, y + ((n % 21) - 10)));
    context.lineTo(20 + ((i * 1.4) % 560), y);
  }
  context.stroke();
  return canvas.toDataURL("image/png");
};`;

/** Draws a wavy line on the `index`th signature pad of the page with the mouse, as a finger
 * would, and takes it ("Unterschrift übernehmen"). */
export async function signOnPad(page, index = 0) {
  const canvas = page.locator("canvas").nth(index);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let x = 20; x < box.width - 20; x += 15) await page.mouse.move(box.x + x, box.y + box.height / 2 + Math.sin(x / 12) * 20);
  await page.mouse.up();
  await page.getByRole("button", { name: "Unterschrift übernehmen" }).nth(index).click();
}
