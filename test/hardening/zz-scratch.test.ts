it('peek', async () => {
  const text = await (await fetch('/packages/hub/src/define.ts')).text();
  console.log(text.slice(0, 800));
  const t2 = await (await fetch('/packages/widgets/src/internal/hub-element.ts')).text();
  console.log(t2.slice(0, 800));
});
