// Starts `claimcheck lsp` for Markdown, plain-text and HTML documents. All checking is the
// server's; this file only tells VS Code how to run it.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('claimcheck');
  const command = config.get('path', 'claimcheck');
  const args = ['lsp', ...config.get('args', [])];
  client = new LanguageClient(
    'claimcheck',
    'claimcheck',
    { run: { command, args }, debug: { command, args } },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', language: 'html' },
      ],
    },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
