// plantrace: the little JavaScript the pages use (no inline script; the CSP forbids it).
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") : "";
}

function statusItem(list, text, cls) {
  const li = document.createElement("li");
  li.textContent = text;
  if (cls) li.className = cls;
  list.appendChild(li);
  return li;
}

async function uploadOne(file, list, processing) {
  const item = statusItem(list, `${file.name}: ${processing}`, "busy");
  const body = new FormData();
  body.append("file", file);
  for (const [id, name] of [["given-issued", "issued"], ["given-place", "jurisdiction"], ["given-type", "doc_type"]]) {
    const field = document.getElementById(id);  // metadata the text lacks, given by the user (optional)
    if (field && field.value.trim()) body.append(name, field.value.trim());
  }
  try {
    const response = await fetch("/api/v1/documents", {
      method: "POST", body, credentials: "same-origin", headers: { "X-CSRF-Token": csrfToken() },
    });
    const data = await response.json();
    if (!response.ok) {
      item.className = "failed";
      item.textContent = `${file.name}: ${data.error}${data.hint ? " — " + data.hint : ""}`;
      return;
    }
    item.className = "ok";
    item.textContent = `${file.name}: ${data.outcome} · ${data.nodes} nodes · ${data.measures} measures · `;
    const link = document.createElement("a");
    link.href = `/documents/${encodeURIComponent(data.doc)}`;
    link.textContent = data.title || data.doc;
    link.className = "uploaded-link";
    item.appendChild(link);
    if (data.warnings.length) item.appendChild(document.createTextNode(` · ⚠ ${data.warnings.join(", ")}`));
  } catch (err) {
    item.className = "failed";
    item.textContent = `${file.name}: ${err}`;
  }
}

function setUpUpload() {
  const zone = document.getElementById("dropzone");
  const input = document.getElementById("file-input");
  const list = document.getElementById("upload-status");
  if (!zone || !input || !list) return;
  const processing = zone.dataset.processing || "…";
  const send = async (files) => { for (const f of files) await uploadOne(f, list, processing); };
  input.addEventListener("change", () => send(Array.from(input.files || [])));
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    send(Array.from((e.dataTransfer && e.dataTransfer.files) || []));
  });
}

function confirmRemovals() {
  for (const form of document.querySelectorAll("form.remove-form")) {
    form.addEventListener("submit", (e) => { if (!window.confirm("删除这份文件？ Remove this document?")) e.preventDefault(); });
  }
}

document.addEventListener("DOMContentLoaded", () => { setUpUpload(); confirmRemovals(); });
