// Renders static/icons/icon.svg to the PNG sizes the web manifest lists. Run after editing the SVG:
// node --import tsx scripts/icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const size of [192, 512]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`
	);
	await page.screenshot({ path: `static/icons/icon-${size}.png`, omitBackground: true });
	await page.close();
}
await browser.close();
