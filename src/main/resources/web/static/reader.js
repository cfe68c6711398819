// Scrolls the highlighted sentence (?hl=n) into view; a #s<n> link scrolls by itself.
document.addEventListener('DOMContentLoaded', () => {
  const hl = document.querySelector('.s.hl');
  if (hl && !location.hash) {
    hl.scrollIntoView({ block: 'center' });
  }
});
