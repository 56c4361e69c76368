import { launchChromium, serveDir } from './galleryHarness';
const server = await serveDir('/work/wt-classroom/test-output/app-classroom');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => localStorage.setItem('dividend-lab:intro-dismissed', '1'));
for (const locale of ['en', 'zh-CN']) {
  await page.goto(`${server.url}index.html?locale=${locale}`);
  await page.waitForFunction(() => (window as any).__dlApp !== undefined);
  await page.waitForTimeout(1500);
  const info = await page.evaluate(() => {
    const root = document.querySelector('dl-app')!.shadowRoot!;
    const bar = root.querySelector('.topbar') as HTMLElement;
    const kids = [...bar.children].map((c) => { const r = c.getBoundingClientRect(); return `${c.tagName.toLowerCase()}.${c.className}:${Math.round(r.left)}-${Math.round(r.right)}@${Math.round(r.top)}`; });
    return { height: bar.getBoundingClientRect().height, kids };
  });
  console.log(locale, JSON.stringify(info, null, 0));
}
await browser.close();
await server.close();
