// Highlight layers on the article page: each checkbox shows or hides one kind of annotation.
const body = document.getElementById("article-body");
for (const box of document.querySelectorAll("#layers input[data-layer]")) {
  box.addEventListener("change", () => body.classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
}
