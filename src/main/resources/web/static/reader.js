// Scrolls the highlighted sentence (?hl=n) into view; a #s<n> link scrolls by itself.
// A long translation is served in pages of data-page-size sentences, and the links in answers name only the
// sentence (/articles/{id}/{lang}#s<n>), which the server never sees: when that sentence is not on this page,
// go to the page that holds it (once: a page number the server does not have is not followed again).
document.addEventListener('DOMContentLoaded', () => {
  const main = document.querySelector('main[data-page-size]');
  const target = /^#s(\d+)$/.exec(location.hash);
  if (main && target && !document.getElementById('s' + target[1])) {
    const page = Math.floor(Number(target[1]) / Number(main.dataset.pageSize)) + 1;
    const query = new URLSearchParams(location.search);
    if (page <= Number(main.dataset.pages) && String(page) !== main.dataset.page
        && query.get('page') !== String(page)) {
      query.set('page', String(page));
      location.replace(location.pathname + '?' + query + location.hash);
      return;
    }
  }
  const hl = document.querySelector('.s.hl');
  if (hl && !location.hash) {
    hl.scrollIntoView({ block: 'center' });
  }
});
