// The wetlint extension for VS Code: it starts `wetlint lsp` for Markdown
// and XML files and leaves everything else (diagnostics, hover,
// go-to-definition, outline, quick fixes) to the language server.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("wetlint");
  const command = config.get("path") || "wetlint";
  const serverOptions = { command, args: ["lsp"] };
  const clientOptions = {
    // drafts on disk and unsaved ones; wetlint checks the editor's buffer,
    // not the file
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "xml" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "xml" },
    ],
  };
  client = new LanguageClient("wetlint", "wetlint", serverOptions, clientOptions);
  client.start().catch((err) => {
    vscode.window.showErrorMessage(
      `wetlint kon niet starten (${command} lsp): ${err.message}. Stel het pad in bij "wetlint.path".`
    );
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
