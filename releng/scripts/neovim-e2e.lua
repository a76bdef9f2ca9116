-- A real editor against the built server: Neovim's own LSP client starts `svc language-server`,
-- opens a copy of the café example with one typo, and asks what a designer asks. Run by
-- releng/scripts/neovim-e2e.sh (in CI); exits non-zero with the reason when an answer is wrong.
-- Works with Neovim 0.7 (Debian 12) and later: vim.lsp.start_client and buf_attach_client.
local svc, file = os.getenv('SVC'), os.getenv('SVC_FILE')
local function fail(message)
  io.stderr:write('neovim-e2e: FAILED: ' .. message .. '\n')
  vim.cmd('cquit 1')
end
local function say(message) io.stderr:write('neovim-e2e: ' .. message .. '\n') end

-- the progress bar the server shows while it reads the workspace, as Neovim receives it
local progress = {}
local show_progress = vim.lsp.handlers['$/progress']
vim.lsp.handlers['$/progress'] = function(err, result, ctx, config)
  table.insert(progress, result.value)
  if show_progress then return show_progress(err, result, ctx, config) end
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
vim.bo[buffer].filetype = 'svc'
local client = vim.lsp.start_client({
  name = 'svc', cmd = { svc, 'language-server' }, root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client then fail('the client did not start ' .. svc) end
vim.lsp.buf_attach_client(buffer, client)
if not vim.wait(60000, function() return vim.lsp.get_client_by_id(client).initialized end, 100) then
  fail('the server did not answer initialize within 60 s')
end
say('server initialized')

-- 1. diagnostics: the typo is reported on its line with the suggestion
local typo_line = vim.fn.search('onstgae') - 1
local function typo_diagnostic()
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    if d.lnum == typo_line and d.message:find('onstage', 1, true) then return d end
  end
end
if not vim.wait(30000, function() return typo_diagnostic() ~= nil end, 100) then
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do table.insert(got, (d.lnum + 1) .. ': ' .. d.message) end
  fail('no diagnostic for the typo on line ' .. (typo_line + 1) .. '; got: ' .. table.concat(got, ' | '))
end
say('diagnostic: line ' .. (typo_line + 1) .. ': ' .. typo_diagnostic().message)

-- 0. the reading of the workspace was a progress bar, begun and ended
if not vim.wait(30000, function() return #progress > 0 and progress[#progress].kind == 'end' end, 100) then
  fail('no progress bar ended for the reading of the workspace: ' .. vim.inspect(progress))
end
if progress[1].kind ~= 'begin' or progress[1].title ~= 'Reading the workspace' then
  fail('the progress bar did not begin with its title: ' .. vim.inspect(progress[1]))
end
say('progress: ' .. progress[1].title .. ', ' .. #progress .. ' messages')

local function request(method, line, character)
  local params = { textDocument = vim.lsp.util.make_text_document_params(buffer), position = { line = line, character = character } }
  local answers = vim.lsp.buf_request_sync(buffer, method, params, 20000)
  if not answers or not answers[client] or answers[client].err then
    fail(method .. ' got no answer: ' .. vim.inspect(answers))
  end
  return answers[client].result
end
local function position_of(pattern, offset)
  local line = vim.fn.search(pattern, 'w') - 1
  local text = vim.api.nvim_buf_get_lines(buffer, line, line + 1, false)[1]
  return line, text:find(pattern) - 1 + (offset or 0)
end

-- 2. completion after "by " in a step offers the service's roles
local line, character = position_of('onstage by barista', #'onstage by ')
local completion = request('textDocument/completion', line, character)
local items = completion.items or completion
local labels = {}
for _, item in ipairs(items) do labels[item.label] = true end
if not (labels.barista and labels.runner) then fail('completion after "by" lacks barista and runner: ' .. vim.inspect(vim.tbl_keys(labels))) end
say('completion after "by": ' .. #items .. ' items, barista and runner among them')

-- 3. hover on the role says what it is
line, character = position_of('onstage by barista', #'onstage by b')
local hover = request('textDocument/hover', line, character)
local text = hover and (hover.contents.value or vim.inspect(hover.contents)) or ''
if not text:find('Barista', 1, true) then fail('hover on barista does not name the role: ' .. text) end
say('hover: ' .. text:gsub('\n', ' '):sub(1, 80))

-- 4. definition of the role is its declaration
local definition = request('textDocument/definition', line, character)
local target = definition[1] or definition
local declared = vim.fn.search('role barista', 'w') - 1
if (target.range or target.targetSelectionRange).start.line ~= declared then
  fail('definition of barista is line ' .. ((target.range or target.targetSelectionRange).start.line + 1) .. ', the role is on line ' .. (declared + 1))
end
say('definition: line ' .. (declared + 1))

vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 100)
say('passed')
vim.cmd('qall!')
