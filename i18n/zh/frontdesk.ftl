# frontdesk 的简体中文文本。消息标识和 $ 参数与英文文件相同。

## 操作：命令面板中的名称，以及帮助中的说明。

action-help = 帮助：全部按键
action-help-about = 显示所有快捷键
action-quit = 退出
action-quit-about = 退出 frontdesk
action-refresh = 刷新视图和工单
action-refresh-about = 重新加载视图和当前打开的工单
action-command-palette = 命令面板…
action-command-palette-about = 按名称查找任意操作
action-stats = 统计
action-stats-about = 打开统计面板
action-suspend = 挂起到 shell
action-suspend-about = 挂起并回到 shell（fg 恢复）
action-messages = 消息与警告
action-messages-about = 显示最近的消息和警告
action-outbox = 发件箱…
action-outbox-about = 显示尚未送达的回复：立即发送、编辑或丢弃
action-retry-save = 重新保存
action-retry-save-about = 保存失败后重新保存发件箱和草稿
action-select-next = 下移
action-select-next-about = 向下移动
action-select-prev = 上移
action-select-prev-about = 向上移动
action-select-first = 到第一行
action-select-first-about = 跳到第一行
action-select-last = 到最后一行
action-select-last-about = 跳到最后一行
action-page-down = 下一页
action-page-down-about = 向下翻一页
action-page-up = 上一页
action-page-up-about = 向上翻一页
action-open-ticket = 打开工单
action-open-ticket-about = 打开选中的工单
action-filter = 筛选视图…
action-filter-about = 模糊筛选当前视图
action-next-view = 下一个视图
action-next-view-about = 切换到下一个视图
action-prev-view = 上一个视图
action-prev-view-about = 切换到上一个视图
action-reply = 回复…
action-reply-about = 撰写公开回复
action-note = 内部备注…
action-note-about = 撰写内部备注
action-reply-with-canned = 用预设回复作答…
action-reply-with-canned-about = 用预设回复作答
action-assign-to-me = 分配给我
action-assign-to-me-about = 把工单分配给我
action-assign = 分配给…
action-assign-about = 把工单分配给某位客服
action-set-status = 更改状态…
action-set-status-about = 更改状态
action-set-priority = 更改优先级…
action-set-priority-about = 更改优先级
action-edit-tags = 编辑标签…
action-edit-tags-about = 添加或移除标签
action-back = 返回
action-back-about = 返回上一级
action-scroll-down = 向下滚动
action-scroll-down-about = 向下滚动
action-scroll-up = 向上滚动
action-scroll-up-about = 向上滚动
action-next-ticket = 下一个工单
action-next-ticket-about = 打开视图中的下一个工单
action-prev-ticket = 上一个工单
action-prev-ticket-about = 打开视图中的上一个工单
action-focus-next = 该客户的其他工单
action-focus-next-about = 在对话和该客户的其他工单之间切换
action-copy-link = 复制工单链接
action-copy-link-about = 把工单链接复制到剪贴板
action-pick-canned = 插入预设回复…
action-pick-canned-about = 插入一条预设回复
action-expand-abbreviation = 展开缩写
action-expand-abbreviation-about = 展开光标前的缩写
action-open-editor = 在 $EDITOR 中编辑
action-open-editor-about = 在 $VISUAL / $EDITOR 中编辑草稿
action-send = 发送
action-send-about = 发送回复或备注
action-leave = 离开编辑区
action-leave-about = 离开编辑区（草稿会保留）
action-insert = 插入
action-insert-about = 插入选中的回复
action-complete = 补全单词
action-complete-about = 补全正在输入的单词（再按：下一个候选）
action-confirm = 确认
action-confirm-about = 确认
action-cancel = 取消
action-cancel-about = 取消
action-attachments = 附件…
action-attachments-about = 列出工单的附件：打开或保存
action-open-attachment = 打开附件
action-open-attachment-about = 打开附件：文本和图片在此显示，其他用桌面程序打开
action-save-attachment = 保存附件
action-save-attachment-about = 把附件保存到下载文件夹
action-attach-file = 添加附件…
action-attach-file-about = 给回复添加文件（或移除文件）
action-edit-recipients = 抄送和密送…
action-edit-recipients-about = 编辑谁会收到回复的副本（CC、BCC）
action-next-message = 下一条消息
action-next-message-about = 跳到下一条消息
action-prev-message = 上一条消息
action-prev-message-about = 跳到上一条消息
action-first-message = 第一条消息
action-first-message-about = 跳到第一条消息
action-last-message = 最新消息
action-last-message-about = 跳到最新的消息
action-go-to-ticket = 转到工单 #…
action-go-to-ticket-about = 按编号打开工单 #N，无论它是否在某个视图中
action-search = 搜索服务台…
action-search-about = 搜索整个服务台：关键词、电子邮件地址或服务台自己的查询语句
action-merge-ticket = 合并到…
action-merge-ticket-about = 把此工单合并到另一个工单（重复单并入原单）
action-new-ticket = 新建工单…
action-new-ticket-about = 为客户新建工单（例如来电的客户）
action-set-queue = 新工单的队列…
action-set-queue-about = 选择新工单的队列或组
action-prev-field = 上一个字段
action-prev-field-about = 回到表单的上一个字段
action-toggle-audience = 公开或内部
action-toggle-audience-about = 在公开（客户可见）和内部之间切换草稿
action-toggle-mark = 标记工单
action-toggle-mark-about = 标记或取消标记工单，以便一次修改多个（s、p、A、a、t 作用于全部）
action-mark-range = 标记范围
action-mark-range-about = 开始标记一段工单（移动以扩展；再按结束）
action-links = 关联工单…
action-links-about = 打开与此工单关联的工单（引用、依赖、问题、父工单…）
action-fields = 编辑工单的自定义字段…
action-fields-about = 编辑工单的自定义字段（包括空字段）
action-forward-message = 转发此消息…
action-forward-message-about = 把正在阅读的消息连同附件引用转发给其他人
action-translate-message = 翻译此消息
action-translate-message-about = 用 translate_cmd 把正在阅读的消息翻译成你的语言
action-translate-draft = 把草稿翻译成客户的语言
action-translate-draft-about = 用 translate_cmd 把草稿翻译成客户的语言，并在编辑器中打开供审阅
action-show-changes = 显示工单的变更历史
action-show-changes-about = 在消息之间显示工单的变更（再按：全部变更；再按：不显示）
action-move-ticket = 移到其他队列或组…
action-move-ticket-about = 把工单移到其他队列、组、项目或邮箱
action-log-time = 记录耗时…
action-log-time-about = 随回复或备注记录所花时间（服务台支持计时时）
action-noop = 无操作
action-noop-about = 解除此按键的绑定
action-view = 视图 { $n }
action-view-about = 切换到视图 { $n }

## 提示行：按键及其作用。

hint-move = 移动
hint-open = 打开
hint-reply = 回复
hint-note = 备注
hint-status = 状态
hint-filter = 筛选
hint-view = 视图
hint-commands = 命令
hint-help = 帮助
hint-back = 返回
hint-scroll = 滚动
hint-canned = 预设回复
hint-take = 认领
hint-files = 附件
hint-other-tickets = 其他工单
hint-send = 发送
hint-attach = 附件
hint-cc = 抄送
hint-expand = 展开
hint-editor = 编辑器
hint-time = 计时
hint-leave = 离开
hint-save = 保存
hint-close = 关闭
hint-insert = 插入
hint-cancel = 取消
hint-keep-filter = 保留筛选
hint-clear = 清除
hint-choose = 选择
hint-complete = 补全
hint-field = 字段
hint-open-ticket = 创建工单
hint-next-field = 下一字段
hint-back-a-field = 上一字段
hint-queue = 队列
hint-priority = 优先级
hint-public-internal = 公开/内部
hint-keep-draft = 保留为草稿
hint-yes = 是
hint-no = 否

## 帮助中按键所属的区域。

context-global = 全局（输入文字时普通按键无效）
context-queue = 工单列表
context-detail = 打开的工单
context-compose = 撰写回复或备注；其他按键编辑文本
context-picker = 预设回复选择器；输入以筛选
context-filter = 队列筛选行；输入以筛选
context-menu = 状态、优先级和负责人菜单
context-palette = 命令面板；输入以查找
context-prompt = 单行提问，例如标签
context-panel = 本面板、统计、消息和附件查看器
context-files = 工单的附件（在工单中按 o）
context-form = 自定义字段表单（在工单中按 f）；输入即编辑字段
help-intro = 当前键位表的全部绑定。可在配置目录的 keymap.toml 中修改任意一项；"noop" 解除绑定。: 可按名称查找任意操作。

## 标题栏。

title-updated = { $time } 已更新
title-cached = 缓存于 { $age } 前
title-loading = 加载中
title-offline = 离线
title-signed-out = 已退出登录
title-marked = 已标记 { $n } 个

## 队列。

queue-subject = 主题
queue-requester = 客户
queue-status = 状态
queue-language = 语言
queue-waiting = 等待
queue-target = 时限
queue-paused = 已暂停
queue-filtering = 筛选中…
queue-shown-of-loaded = { $shown } / { $loaded }
queue-shown-of-loaded-search = 已加载 { $loaded } 个中的 { $shown } 个 · { $key } 搜索服务台
queue-could-not-load = 无法加载 { $view }：{ $error }。
queue-loading = 加载中…
queue-no-match = { $view } 中没有匹配“{ $filter }”的工单。
queue-empty = { $view } 中没有工单。全部处理完了！

## 打开的工单。

detail-could-not-open = 无法打开 #{ $id }：{ $error }。
detail-loading = 正在加载 #{ $id }…
detail-select = 选择一个工单，在此查看。
detail-target = 时限 { $when }
detail-clock-paused = { $clock } 计时已暂停
detail-unassigned = 未分配
detail-local-time-in = { $place } { $time }
detail-night = 当地夜间
detail-conversation = 对话 · { $n } 条消息
detail-conversation-newest = 对话 · 最新的 { $n } 条消息；更早的只在网页上
detail-long-thread = { $n } 条回复：值得再看一眼
detail-more-below = ↓ 还有 { $n } 条
detail-more-above = ↑ 上方 { $n } 条
detail-cached = 缓存于 { $age } 前
detail-linked = 关联：
detail-key-opens = （按 { $key } 打开）
detail-the-requester = 该客户
detail-other-tickets = { $who } 的其他工单（{ $n }）
language-en = 英语
language-fi = 芬兰语
language-ru = 俄语
language-de = 德语
language-et = 爱沙尼亚语
language-zh = 中文
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = { $age }前
message-to-customer = { $author } → 客户
message-note = 备注 · { $author } · 仅客服可见
message-you-to-customer = 你 → 客户
message-your-note = 备注 · 你 · 仅客服可见
message-not-sent = 尚未发送：在发件箱中（O）

## 列中的简短时间，以及文字形式的等待时间。

time-seconds-short = { $n }秒
time-minutes-short = { $n }分钟
time-hours-short = { $n }小时
time-days-short = { $n }天
time-weeks-short = { $n }周
time-in = { $duration }后
time-over = 已超 { $duration }
time-in-column = { $duration }后
time-over-column = 超{ $duration }
time-wait-seconds = { $n } 秒
time-wait-minutes = { $n } 分钟
time-wait-hours = { $n } 小时
time-wait-days = { $n } 天
time-of-day = { $hour }:{ $minute }
date-day-month = { $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 数量。

n-tickets = { $n } 个工单

## 编辑区、面板、命令面板和回复选择器。

compose-the-requester = 该客户
compose-first-public = 第一条消息 — 客户可见
compose-first-internal = 第一条消息 — 内部备注，仅客服可见
compose-forward = 从 #{ $on } 转发给 { $to }
compose-reply = 回复 { $requester }（#{ $on }）— 客户可见
compose-note = #{ $on } 的内部备注 — 仅客服可见
compose-note-no-one = 仅客服可见：备注不会发给任何外部人员
compose-files-from-message = 来自原消息的 { $n } 个文件
compose-no-copies = 此服务台不支持抄送
compose-key-adds = 按 { $key } 添加
compose-also-on-ticket = 工单上已有
compose-copied-before = 之前抄送过
compose-no-bcc = 此服务台不提供
panel-keys = 按键
panel-stats = 统计
panel-messages = 消息
palette-title = 命令
picker-title = 预设回复 · { $shown } / { $all }
picker-title-marked = 对 { $n } 个已标记工单执行回复的操作 · { $shown } / { $all }
picker-loading = 正在加载服务台的回复…
picker-no-match = 没有匹配的回复。

## Translation.

translation-waiting = { $from } → { $to }，{ $command }：翻译中…
translation-failed = { $command } 无法翻译：{ $why }
translation-done = { $from } → { $to }，{ $command } 机器翻译：
translation-timeout = { $seconds } 秒内没有响应，已停止
translation-empty = 没有任何输出
translate-not-set = 没有翻译命令：在 config.toml 中设置 translate_cmd（任何读取文本并输出译文的命令）
translate-ask = 把工单文本发送给“{ $command }”翻译吗？文本会离开 frontdesk 交给该命令
translate-allow = 是，此配置今后都允许
translate-refuse = 否
translate-same = 此消息已经是你的语言（{ $language }）
translate-no-target = 不知道客户的语言，无法翻译
translate-draft-waiting = 正在翻译草稿，{ $from } → { $to }；译文会在编辑器中打开，发送前请审阅

## 菜单、发送和发件箱。

priority-urgent = 紧急
priority-high = 高
priority-normal = 普通
priority-low = 低
menu-marked-tickets = { $n } 个已标记工单
menu-who-are-you = 仍在确认你的身份，请稍后再试
menu-assigned-to-you = #{ $id } 已分配给你
menu-status-of = { $name } 的状态
menu-no-priorities = 此服务台没有优先级
menu-priority-of = { $name } 的优先级
menu-you = { $name }（你）
menu-unassigned = 未分配
menu-assign-to = 把 { $name } 分配给
menu-no-tags = 此服务台没有标签
menu-status-set = #{ $id } 状态 → { $status }
menu-priority-set = #{ $id } 优先级 → { $priority }
menu-assigned = #{ $id } 已分配给 { $name }
sent-found = 你的{ $what }其实已送达服务台，未重复发送
sent-forward = 已从 #{ $id } 转发给 { $to }
sent-note = 已在 #{ $id } 添加内部备注
sent-reply = 已在 #{ $id } 发送回复
sent-reply-to = 已在 #{ $id } 回复 { $to }
draft-kept-new-ticket = 新工单已保留为草稿；按 N 再次打开
draft-kept-reply = 回复草稿已保存；按 r 再次打开
draft-kept-note = 内部备注已保存为草稿；按 n 再次打开
quit-outbox = 再按一次退出，按其他键留下：发件箱（O）中还有 { $n } 条回复，下次启动 frontdesk 时发送。
outbox-new-ticket = 给 { $who } 的新工单
outbox-forward = 从 #{ $id } 转发给 { $to }
outbox-reply-to = 在 #{ $id } 回复 { $to }
outbox-reply = 在 #{ $id } 的回复
outbox-note = #{ $id } 的内部备注

## First run.

first-run-welcome = 欢迎使用 frontdesk。
first-run-none = 还没有配置服务台。可以先用内置的演示服务台试用：
first-run-connect = 要连接你的服务台，请创建 { $config } 并写入一个配置，例如：
first-run-then = 然后用 `frontdesk login` 保存令牌（或在配置中设置 token_cmd = "pass show rt"），再用 `frontdesk doctor` 检查设置。不用配置文件时：
first-run-readme = frontdesk 源码的 docs/desks/ 里有每种服务台的示例。

## doctor.

doctor-built-in = 内置
doctor-no-desk = 还没有配置服务台
doctor-no-desk-fix = 在 config.toml 中添加 [profiles.名称]（见 docs/desks/），或设置 FRONTDESK_BACKEND 和 FRONTDESK_URL；`frontdesk --demo` 无需任何配置
doctor-config-missing = { $file } 不存在；使用默认设置
doctor-config-profiles = { $file }（{ $n } 个配置）
doctor-config-problems = { $file } 有问题：
doctor-credential-from = 来自 { $source }
doctor-url-invalid = url 不是有效的地址
doctor-url-invalid-fix = 请写成 url = "https://rt.example.com"
doctor-url-allowed = { $risk }（已由 insecure_http = true 允许）
doctor-dns-unknown = 找不到 { $host }（{ $error }）
doctor-dns-unknown-fix = 检查 url 中的主机名，以及网络或 VPN
doctor-dns-slow = 解析 { $host } 超过 5 秒
doctor-dns-slow-fix = 检查网络和 DNS 设置
doctor-connect-ok = { $host }:{ $port } 有响应
doctor-connect-refused-fix = 服务台是否在运行并监听端口 { $port }？可能被防火墙、代理或 VPN 阻挡
doctor-connect-slow = { $host }:{ $port } 在 5 秒内没有响应
doctor-connect-slow-fix = 可能是防火墙丢弃了连接，或需要 VPN
doctor-auth-tls = TLS 已验证；你是 { $name }（{ $id }）
doctor-auth = 你是 { $name }（{ $id }）
doctor-view-lists = 视图“{ $view }”列出 { $n } 个工单
doctor-view-rejected = 视图“{ $view }”被拒绝：{ $why }
doctor-view-rejected-fix = 在 config.toml 中修正该视图的查询：{ $query }
doctor-view-forbidden = 视图“{ $view }”：无权访问（{ $why }）
doctor-view-forbidden-fix = 请管理员授予查看该队列工单的权限
doctor-not-a-terminal = stdout 不是终端（本检查没问题；界面需要终端）
doctor-terminal-wide = { $w }x{ $h }，足以并排显示队列和工单
doctor-terminal-small = { $w }x{ $h } 小于 80x24；部分文字会被截断
doctor-terminal-small-fix = 放大窗口
doctor-terminal-unknown = 尺寸未知（{ $error }）
doctor-no-color = 已设置 NO_COLOR：使用 mono 主题（粗体、反色、下划线）
doctor-colours-24 = 24 位色
doctor-colours-256 = 256 色
doctor-colours-16 = 16 色（默认主题不需要更多）
doctor-language-fix = 在 config.toml 中设置 language = "zh"（或 en、fi、ru、de、et）

## Errors, in the agent's words.

error-try-again = { $what }；按 ctrl-r 重试
error-conflict = 自你打开后，工单已被他人修改
error-auth = 服务台拒绝了凭据（{ $why }）；用 `frontdesk doctor` 检查，用 `frontdesk login` 更换
error-network = 无法连接服务台：{ $why }
error-interrupted = 服务台回应前连接中断（{ $why }）
error-timeout = 服务台没有及时回应
error-rate-limited-for = 服务台正在限流；{ $wait }后重试
error-rate-limited = 服务台正在限流；请稍后重试
error-forbidden = 无权操作：{ $why }
error-not-found = 找不到：{ $what }
error-invalid = 服务台拒绝了：{ $why }
error-server = 服务台出错（{ $status }）：{ $message }
error-too-large = 服务台返回的内容过大，无法读取（超过 { $limit } MB）
outbox-held = 未发送：{ $what }。{ $why }。它留在发件箱（O）中，重试或下次启动 frontdesk 时发送。
outbox-waits = 尚未发送：{ $what }：{ $why }。它在发件箱（O）中等待，{ $wait }后重试。
outbox-change-waits = 尚未执行：{ $what }：{ $why }。它在发件箱（O）中等待，{ $wait }后重试。
outbox-not-changed = 未修改：{ $why }（{ $what }）
outbox-not-opened = 未创建：{ $why }。新工单已退回为草稿；按 N 打开。
outbox-conflict = 未发送：你写作期间工单已变更。变更显示在你的文字上方；再按 ctrl-s 仍会发送。
outbox-handed-back = 未发送：{ $why }。你的文字已回到编辑区。

## login and logout.

login-where-rt = 在 Request Tracker 中：你的名字（右上角）→ Settings → Auth Tokens → Create。
login-where-zendesk = 在 Zendesk 中：Admin Center → Apps and integrations → Zendesk API → Add API token。
login-where-freshdesk = 在 Freshdesk 中：你的头像 → Profile settings → Your API Key。
login-where-zammad = 在 Zammad 中：Profile → Token Access → Create（需 ticket.agent 权限）。
login-where-jira = 在 Atlassian 中：id.atlassian.com → Security → Create and manage API tokens；user 为你的电子邮件。
login-where-helpscout = 在 Help Scout 中：Your Profile → My Apps → Create My App；user 为其 App ID，密钥为其 App Secret。
login-where-redmine = 在 Redmine 中：My account → API access key → Show（需管理员先启用 REST 服务）。
login-demo = 演示服务台无需登录。
login-env-note = 注意：已设置 FRONTDESK_TOKEN，它优先于钥匙串中的任何内容。
login-profile = 正在登录配置“{ $name }”（{ $account }）。
login-prompt = { $account } 的令牌（输入不会显示）：
login-read-failed = 无法从终端读取令牌：{ $error }
login-empty = 没有输入令牌；未保存任何内容
login-accepted = 服务台接受了它：你是 { $name }（{ $id }）。
login-refused = 服务台拒绝了该令牌（{ $why }）；未保存任何内容
login-unchecked = 无法验证令牌（{ $why }）；仍会保存。
login-stored = 已保存到系统钥匙串。用 `frontdesk doctor` 检查整体设置。
login-no-keyring = 令牌有效，但没有可保存它的系统钥匙串（{ $why }）；未保存任何内容。
login-keep-instead = 请改用以下方式之一保存：
login-keep-pass = 在密码管理器中：保存它（例如 `pass insert frontdesk/{ $name }`），然后在 config.toml 的 [profiles.{ $name }] 中添加：
login-keep-env = 仅限当前 shell：启动 frontdesk 前执行 export { $var }=…
logout-removed = 已从系统钥匙串中删除 { $account } 的令牌。
logout-none = 系统钥匙串中没有 { $account } 的令牌。
logout-unreachable = 无法访问系统钥匙串：{ $why }
outbox-empty = 发件箱是空的：全部已送达
outbox-send-all = 立即全部发送
outbox-sending = 发送中…
outbox-checking = 正在确认是否送达…
outbox-next-try = 下次尝试 { $time }
outbox-held-state = 暂停，等你重试
outbox-idle = 等待中
outbox-title = 发件箱 — { $n } 条未送达
outbox-go-on = 现在继续
outbox-cancel-rest = 取消其余（未处理的工单保持不变）
outbox-make-now = 现在执行修改
outbox-discard-change = 丢弃（工单保持不变）
outbox-send-now = 立即发送
outbox-edit = 退回编辑区修改
outbox-discard = 丢弃（无法撤销）
outbox-draft-again = 你在 #{ $id } 的回复已重新成为草稿；打开工单并按 r
outbox-discarded = 已丢弃：{ $what }
outbox-being-sent = 这条回复正在发送；请等待结果
away-signed-out-shown = 已退出登录：{ $why }。显示的是 { $time } 的内容
away-signed-out = 已退出登录：{ $why }。无法加载任何内容
away-shown = 服务台没有响应（{ $why }）；显示的是 { $time } 的内容。按 ctrl-r 重试
away-nothing = 服务台没有响应（{ $why }）；无法加载任何内容。按 ctrl-r 重试
back-signed-in = 已重新登录；视图已是最新
back-answers = 服务台恢复响应；视图已是最新
picker-open-first = 请先打开回复或备注（r 或 n）
picker-still-loading = 仍在加载
picker-unavailable = 预设回复不可用：{ $why }
picker-nothing-inserted = 没有匹配的回复；未插入任何内容
picker-rendering = 服务台正在为 #{ $id } 生成“{ $title }”…
picker-rendered-here = 服务台无法生成“{ $title }”（{ $why }）；已由 frontdesk 生成
picker-ticket-loading = 工单仍在加载；请稍后再试
picker-no-agent = 没有可分配的客服“{ $who }”；该操作已略过
detail-closed-selected = 已关闭不在任何视图中的 #{ $id }；当前选中 #{ $on }
detail-closed = 已关闭不在任何视图中的 #{ $id }
detail-no-other-tickets = 该客户没有其他工单
detail-not-in-view = 此工单不在当前视图中
detail-last-of-view = 已是视图中的最后一个工单
detail-first-of-view = 已是视图中的第一个工单
detail-copied = 已复制 { $url }
detail-no-link = 工单 { $id } 还没有可复制的链接
detail-linked-to = 与 #{ $id } 关联的工单
time-prompt = #{ $id } 的耗时（15m、1h30、1.5h；留空：不记录）
time-prompt-alone = #{ $id } 的耗时，现在不带消息直接记录（15m、1h30、1.5h）
time-only-log = 只记录 { $spent }
time-logged = 已在 #{ $id } 记录 { $spent }
time-log-and-set = 记录 { $spent } 并设为 { $status }
time-logged-status = 已在 #{ $id } 记录 { $spent }，状态 → { $status }
time-and-status = 在 #{ $id } 记录 { $spent }：状态要改吗？
time-with-reply = { $spent } 将随此回复记录
time-with-note = { $spent } 将随此备注记录
time-none = 不随它记录时间
time-not-a-time = “{ $typed }”不是时间：请写成 15m、1h30 或 1.5h
move-queues-unread = 无法读取队列：{ $why }
move-reading-queues = 正在读取服务台的队列…
move-no-other-queue = 服务台没有其他可移入的队列
move-from-to = 把 { $whose } 从 { $from } 移到
move-to = 把 { $whose } 移到
files-too-large = { $name } 大小为 { $size }；服务台每个文件最多接受 { $limit }
files-too-much = 文件合计 { $sum }；服务台每条消息最多接受 { $limit }
attach-another = 再附加一个文件…
attach-remove = 移除 { $name }（{ $size }）
attach-files-title = 此回复的文件
attach-path-title = 附加文件（输入路径；tab 补全）
attach-removed = 已移除附件 { $name }
attach-refused = 未附加：{ $why }
attach-done = 已附加 { $name }（{ $size }）
recipients-note-has-none = 备注只给客服看，没有收件人（按 r 写回复）
recipients-no-copies = 此服务台的回复不支持抄送
recipients-bcc-title = 密送：此回复的隐藏副本
recipients-cc-stays-title = 抄送：此回复的副本（保留在工单上）
recipients-cc-title = 抄送：此回复的副本
recipients-not-address = 不是电子邮件地址：{ $wrong }。请更正，或按 esc 保留原来的抄送
audience-words = { $audience ->
        [public] 公开回复：客户可见
        [internal] 内部备注：仅客服可见
       *[any] 回复或备注均可
    }
audience-short = { $audience ->
        [public] 公开回复（客户可见）
       *[internal] 内部备注（仅客服可见）
    }
audience-public-to = 给 { $name } 的公开回复：客户可见
audience-switched = “{ $title }”写作{ $audience }；草稿已随之改变
audience-differs = “{ $title }”写作{ $audience }，而此草稿是{ $now }
audience-insert-make = 插入，并把草稿改为{ $short }
audience-insert-keep = 插入，草稿仍为{ $short }
audience-do-not-insert = 不插入
audience-this-draft-is = 此草稿是{ $now }
audience-keep-it = 保持为{ $short }
audience-make-it = 改为{ $then }
audience-now = 草稿现在是{ $audience }
bulk-range = 正在标记范围：移动光标扩展，再按 v 结束
bulk-marks-cleared = 已清除标记
bulk-marked = { $count ->
        [0] 未标记任何工单
       *[other] 已标记 { $count } 个工单：s、p、A、a、t 会修改全部（esc 清除）
    }
bulk-confirm-title = 修改 { $count } 个已标记工单：{ $what }？
bulk-confirm-yes = 是，修改这 { $count } 个工单（y）
bulk-confirm-no = 否，保持不变（n）
bulk-canned-no-fields = “{ $title }”不修改任何字段；它的文字用于回复，一次一个工单
bulk-ticket-gone = 该工单已不在服务台中
bulk-not-changed = #{ $id } 未修改：{ $why }
bulk-report = { $what }：已修改 { $done }/{ $all } 个工单
bulk-report-failed = ；{ $failed } 个失败，仍保持标记（:messages 查看原因）
bulk-report-untouched = ；{ $untouched } 个保持不变（已取消）
bulk-cancelling = 正在取消：已在途中的工单会先完成
changes-hidden = 已隐藏变更
changes-folded = 变更显示在消息之间；长串已折叠
changes-all = 显示全部变更
changes-unread = 无法读取工单的变更：{ $why }
compose-still-rendering = 服务台仍在渲染预设回复；等它插入后再发送
compose-empty = 还没有可发送的内容：草稿为空。
compose-files-refused = 未发送：{ $why }。移除一个文件（{ $key } 列出文件）后再发送。
compose-placeholders-left = 未发送：{ $names } 在此工单中没有值。替换高亮的文字后再发送。
compose-changed-armed = 工单已变更（见上方）；再按 ctrl-s 仍会发送
compose-changed-since = 你开始写之后工单有变更：{ $what }。请先阅读；再按 ctrl-s 仍会发送。
compose-editor-failed = 编辑器出错：{ $why }。草稿未改变。
detail-no-links = #{ $id } 未关联其他工单
draft-back = 你在 { $when } 的{ $public ->
        [yes] 回复草稿
       *[no] 内部备注草稿
    }已恢复；按 { $key } 打开
draft-ticket-changed = 你开始写草稿后 #{ $id } 有变更：{ $first }{ $more ->
        [0] {""}
       *[other] （另有 { $more } 项）
    }
fields-unread = 无法读取工单（{ $why }）；字段随工单一起读取
fields-none = 此工单没有自定义字段
fields-desk-none = 此服务台没有可在这里设置的自定义字段
fields-marked-title = 为 { $count } 个已标记工单设置字段
fields-needed-elsewhere = #{ $id } 需要先填写 { $names }：打开它并按 f
fields-needed-for = #{ $id } 需要填写这些字段才能设为 { $status }
fields-required-to-solve = 解决前必须填写
fields-read-only = 无法在这里修改 { $name }
fields-takes-number = { $name } 需要填写数字
fields-editor-failed = 编辑器出错：{ $why }
fields-unchanged = 没有修改任何字段
files-fetch-after-load = 工单从服务台加载后才能下载 { $name }（当前显示的是磁盘上的副本）
files-over-max = { $name } 大小为 { $size }，超过 max_download（{ $max }）
files-larger-than-max = { $name } 超过 max_download（{ $max }）
files-already-downloading = { $name } 已在下载中
files-download-anyway = 仍然下载
files-cancel = 取消
files-saved-not-shown = { $name }{ $opener ->
        [yes] 不是 frontdesk 会交给桌面打开的文档
       *[no] 无法在这里显示，也没有桌面可以打开它
    }：已保存为 { $path }
files-saved = 已将 { $name } 保存为 { $path }
files-opened = 已打开 { $name }（保存为 { $path }）
files-download-failed = 无法下载 { $name }：{ $why }
files-ready = { $name } 已就绪；按 o 和 enter 查看
files-none = #{ $id } 没有附件
forward-busy = #{ $id } 已有草稿；请先发送或放下它（每个工单一次只写一条消息）
forward-title = 将 { $author } 于 { $when } 的消息转发给
forward-not-address = “{ $typed }”不是电子邮件地址
menu-nothing-matches = 没有匹配项；按退格键放宽条件
bulk-what-status = 状态 → { $status }
bulk-what-priority = 优先级 → { $priority }
bulk-what-assign = 分配给 { $who }
bulk-what-assign-me = 分配给你
menu-hiding-title = 将 #{ $id } 设为 { $status }？它会从所有视图中消失，可能不再出现
menu-hiding-yes = 是，设为 { $status }
menu-hiding-no = 否，保持不变
menu-change-failed = 无法修改 #{ $id }：{ $why }
merge-unsupported = 此服务台无法合并工单
merge-by-number = 按编号选择其他工单…
merge-into-title = 将 #{ $id } 合并到
merge-into-number = 将 #{ $id } 合并到工单 #
merge-itself = 工单不能合并到自身
merge-confirm-title = 将 #{ $source }{ $source_subject } 合并到 #{ $target }{ $target_subject }？
merge-confirm-yes = 是，合并：#{ $id } { $effect ->
        [closed-with-note] 会被关闭，并附上指向目标工单的备注
        [closed-comments-copied] 会被关闭并附上指向目标的备注，目标工单以备注形式获得它的评论
        [closed-conversations-added] 会被关闭，它的对话会加入目标工单
        [shown-with-target] 的消息会与目标工单一起显示，并从所有视图中消失
       *[set-merged] 会被设为已合并，它的文章移入目标工单
    }
merge-confirm-no = 否，两个都保留
merge-merging = 正在将 #{ $source } 合并到 #{ $target }…
merge-merged = 已将 #{ $source } 合并到 #{ $target }
merge-failed = 无法将 #{ $source } 合并到 #{ $target }：{ $why }
action-not-here = 此处无法使用“{ $action }”
new-unsupported = 此服务台不支持从 frontdesk 新建工单；请使用它的网页
new-priority-title = 新工单的优先级
new-queue-title = 新工单的队列
new-queue-default = 默认
new-needs-address = 这是给谁的？请输入客户的电子邮件地址（或选择已知联系人）。
new-bad-address = { $address } 不是电子邮件地址；请输入客户的地址，例如 ann@example.com。
new-needs-subject = 工单需要主题（按 tab 跳过去）。
new-opened-found = 给 { $who } 的 #{ $id } 其实已经创建；没有重复创建
new-opened = 已为 { $who } 创建 #{ $id }
outbox-sending-your = 正在发送：{ $what }…
outbox-empty-now = 发件箱是空的
outbox-all-sending = 发件箱中的内容都正在发送
outbox-reached-after-all = { $what }（其实已经送达服务台）
picker-unresolved = { $names } 在此工单中没有值：发送前请修改高亮的文字
prompt-go-to = 转到工单 #
prompt-not-number = “{ $typed }”不是工单编号
prompt-not-number-example = “{ $typed }”不是工单编号；请输入编号，例如 4208
question-nothing-changed = 没有做任何修改
queue-no-view = 没有视图 { $n }
queue-fields-hint = 打开工单才能编辑字段；标记了工单时，f 会为全部设置字段
canned-load-failed = 无法加载服务台的预设回复：{ $why }
canned-unavailable = 预设回复不可用：{ $why }
saves-what = { $kind ->
        [outbox] 发件箱
        [drafts] 草稿
        [cache] 视图缓存
        [tally] 今日发送统计
       *[usage] 预设回复使用次数
    }
saves-failed-kept = 无法保存{ $what }：{ $why }。内容保留在内存中；:retry_save 会重试
saves-failed = 无法保存{ $what }：{ $why }
saves-saved-again = 已重新保存{ $what }
saves-unsaved = { $replies ->
        [0] {""}
       *[other] { $replies } 条回复
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] 和
        }
    }{ $drafts ->
        [0] {""}
       *[other] { $drafts } 份草稿
    }
saves-quit-title = { $what }无法保存：现在退出会丢失它们
saves-try-again = 重新尝试保存
saves-quit-copy = 退出，并在临时文件夹保留副本
saves-quit-print = 退出，并在终端中打印它们
saves-quit-lose = 退出并丢弃它们
saves-stay = 留下
saves-copying = 正在复制未保存的回复和草稿…
saves-copy-where = frontdesk 无法把部分回复或草稿保存到数据文件夹；副本位于 { $path }
saves-copy-failed = 副本也无法保存：{ $why }
saves-saving-again = 正在重新保存发件箱和草稿…
search-title = 搜索服务台
search-searching-note = 正在搜索服务台（{ $note }）；esc 关闭标签页
search-searching = 正在搜索服务台（包含所有状态）；esc 关闭标签页
session-who-failed = 无法确认你的身份：{ $why }
session-agents-failed = 无法列出客服：{ $why }
tags-title = #{ $id } 的标签
tags-unchanged = 标签未改变
takeover-answers-again = 服务台恢复响应；正在发送 { $count } 条等待中的条目
takeover-took-over = 接手了已退出的 frontdesk 留下的 { $count } 条条目；正在发送
watch-news = { $urgent ->
        [yes] 紧急 ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] 新工单
       *[reply] 新回复
    } #{ $id }：{ $subject }{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个，标记为 •）
    }
saves-printout-head = frontdesk 无法保存以下内容；全文如下。
saves-printout-undelivered = { $what }（未送达）
saves-printout-draft = #{ $id } 的{ $public ->
        [yes] 回复草稿
       *[no] 内部备注草稿
    }
prompt-reading-folder = 正在读取文件夹…
prompt-files-here = 列出文件；~ 是主文件夹，也可以粘贴路径
prompt-no-addresses = 此工单上还没有出现过地址
prompt-no-other-address = 没有其他匹配的地址
prompt-counting-tags = 正在统计已加载工单的标签…
prompt-no-tags = 已加载的工单上还没有标签
prompt-no-other-tag = 没有其他匹配的标签
prompt-go-to-about = 输入工单编号即可打开，无论它是否在视图中
prompt-merge-about = 要合并进去的目标工单编号
prompt-time-about = 随回复或备注一起在发送时记录
prompt-time-alone-about = 立即记录在工单上，不附消息
prompt-forward-about = 工单之外的人；撰写框会带着引用的消息打开
prompt-search-about = 关键词、电子邮件地址或服务台自己的查询语法 · 上/下：最近的搜索
prompt-enter = {" "}回车：
prompt-enter-merge = {" "}回车：将 #{ $id } 合并到{" "}
prompt-asks-first = （会先确认）
prompt-enter-choose = {" "}回车：选择该工单（会先确认）
prompt-enter-log = {" "}回车：记录{" "}
prompt-enter-no-time = {" "}回车：不记录时间
prompt-enter-forward = {" "}回车：在引用的消息上方撰写，然后按 ctrl-s
prompt-enter-open = {" "}回车：打开{" "}
prompt-enter-open-number = {" "}回车：打开该编号的工单
prompt-enter-attach-named = {" "}回车：附加上面指定的文件
prompt-enter-attach = {" "}回车：附加{" "}
prompt-enter-no-copies = {" "}回车：不抄送
prompt-enter-no-change = {" "}回车：不修改
files-note-by = { $who } 的备注
files-list-keys = {" "}回车打开 · s 保存到 { $folder } · esc 关闭
files-list-title = {" "}#{ $id } 的附件（{ $count }）{" "}
files-viewer-title = {" "}{ $file } · s 保存 · esc 关闭{" "}
files-only-start = {" "}… 只显示了文件开头；s 保存完整文件
files-picture-failed = {" "}无法在这里显示此图片（{ $why }）；s 保存它。
new-title = { $public ->
        [yes] {" "}新工单 — 会给客户发邮件{" "}
       *[no] {" "}新工单 — 以内部备注开始{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } 改为内部
       *[no] {" "}{ $key } 改为公开
    }
new-label-for = 客户
new-label-subject = 主题
new-label-queue = 队列
new-label-priority = 优先级
new-type-someone = 输入姓名或地址；新地址也可以
new-no-one-known = 没有匹配的已知联系人：将创建新客户
new-tab-takes-it = {"  "}tab 选中
form-nothing-matches = 没有匹配项
form-more = ↓ 还有 { $count } 项
form-enter-does = { $what ->
        [adds] 添加或移除
        [chooses] 选择
        [opens-list] 打开列表
        [toggles] 切换
        [editor] 打开编辑器
       *[next] 下一个字段
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } 保存 · { $cancel } { $list ->
        [yes] 关闭列表
       *[no] 取消
    }
compose-changed-head = 你开始撰写后的变更：
compose-signature-note = {"  "}（你的签名，发送时添加）
compose-on-send = {" "}发送时：{ $summary }{" "}
compose-files-key = {"  "}（{ $key } 添加或移除）
menu-nothing-matches-short = {" "}没有匹配项；按退格键放宽条件
picker-on-send = 发送时：{ $summary }
picker-placeholders-block = 高亮的占位符在此没有值，编辑之前无法发送。
describe-status = 状态 → { $status }
describe-priority = 优先级 → { $priority }
describe-assign = 分配 → { $who }
describe-nobody = 无人
describe-move = 移动 → { $queue }
describe-worked = 工作 { $spent }
draft-placeholder-reply = 写下回复。ctrl-t 插入预设回复；ctrl-s 发送。
draft-placeholder-note = 写一条给其他客服的备注。ctrl-t 插入预设回复；ctrl-s 添加。
draft-placeholder-new = 第一条消息。ctrl-t 插入预设回复；ctrl-s 创建工单。
form-needed = 需要填写 { $name }
form-fields-of = #{ $id } 的字段
form-needs-these = #{ $id } 需要填写这些字段
queue-no-views = 未配置任何视图。
start-config-problems = 配置文件中有 { $count } 个问题（:messages 列出）；这些地方使用默认值
start-others-running = 此配置文件的 frontdesk 还在别处运行（另有 { $count } 个）：各自投递从自己发出的回复；两边都打开的草稿以最后保存的为准
start-drafts-kept = 上次会话保留了 { $count } 份草稿（队列中的 ✎）；打开工单即可恢复
start-outbox-waiting = 上次会话有 { $count } 条回复尚未送达；正在发送（O 查看发件箱）
seen-new-message = { $kind ->
        [customer] 新消息，来自
        [public] 新回复，作者
       *[internal] 新内部备注，作者
    } { $author }：“{ $first }”
seen-status = 状态：{ $was } → { $now }
seen-priority = 优先级：{ $was } → { $now }
seen-assigned = 负责人：{ $was } → { $now }
seen-someone-else = 已被他人修改（服务台未提供详情）
timeline-folded = { $count } 项变更 · { $who } · 截至 { $when } · 再按 H 显示全部
outbox-bulk = { $what }，共 { $all } 个工单（已完成 { $done } 个）
form-read-only = 只读
list-more-above = ↑ 还有 { $count } 项（pgup）
list-more-below = ↓ 还有 { $count } 项（pgdn）
picker-local = 本地
credential-missing = 配置文件 "{ $profile }"（{ $account }）没有凭据。可用以下任一方式提供：
      {"  "}- 在环境变量中设置 FRONTDESK_TOKEN
      {"  "}- 在 config.toml 的该配置中添加 token_cmd = "pass show helpdesk"（任何能打印令牌的命令）
      {"  "}- 运行 `frontdesk login` 把它存入系统密钥环（密钥环：{ $keyring }）
keyring-none-stored = 其中没有为它保存的凭据
keyring-no-answer = 它在 { $seconds } 秒内没有响应（没有运行 Secret Service？通过 SSH 时很常见）
keyring-failed = 出错（{ $why }）
keyring-none-here = 这台机器上没有（没有 Secret Service；通过 SSH 时很常见）
keyring-unavailable = 不可用（{ $why }）
credential-from-keyring = 系统密钥环
token-cmd-no-start = token_cmd 无法启动：{ $why }
token-cmd-failed-with = token_cmd（{ $cmd }）失败（{ $status }）：{ $why }
token-cmd-no-message = 无消息
token-cmd-printed-nothing = token_cmd（{ $cmd }）没有输出任何内容
token-cmd-failed = token_cmd 失败：{ $why }
token-cmd-waiting = 正在等待 token_cmd（{ $cmd }）打印令牌；它可能在询问口令。ctrl-c 可停止。
token-cmd-stopped = token_cmd（{ $cmd }）已被 ctrl-c 停止
token-cmd-timed-out = token_cmd（{ $cmd }）未在 { $seconds } 秒内完成
language-from-config = 来自 config.toml 中的 language
language-from-env = 来自 { $name }={ $value }
language-default = 默认
language-chosen = { $language }，{ $from }
language-not-translated = { $language }，{ $from }："{ $asked }" 尚未翻译（已有 en、fi、ru、de、et、zh）
doctor-fix-rt-auth = 令牌错误、已过期或已撤销（RT：Settings → Auth Tokens）；
    `frontdesk login` 会检查并保存新的令牌
doctor-fix-zendesk-auth = Zendesk 需要 API 令牌，且 user = 客服的电子邮件（Admin Center → Apps and
    integrations → Zendesk API），或使用 auth = "oauth" 的 OAuth 令牌；`frontdesk login` 会保存新的令牌
doctor-fix-zendesk-forbidden = 令牌有效，但该用户无权使用 API：Zendesk 的 API 需要客服或管理员，
    并在 Admin Center 中开启令牌访问
doctor-fix-freshdesk-auth = Freshdesk 需要客服的 API 密钥（头像 → Profile settings → Your API Key），
    而不是密码；url 必须是 https://YOURDOMAIN.freshdesk.com；`frontdesk login` 会保存新的密钥
doctor-fix-zammad-auth = Zammad 需要带 ticket.agent 权限的个人访问令牌（Profile → Token Access），
    或使用 auth = "oauth" 的 OAuth 令牌；`frontdesk login` 会保存新的令牌
doctor-fix-zammad-forbidden = 令牌缺少权限：在 Profile → Token Access 中创建带 ticket.agent 的令牌
doctor-fix-jira-auth = Jira 需要 user = 你的 Atlassian 电子邮件和 API 令牌（id.atlassian.com → Security →
    API tokens），而不是密码；`frontdesk login` 会保存新的令牌
doctor-fix-jira-forbidden = 令牌有效但 Jira 拒绝了：客服需要 Jira Service Management 许可证，
    并在服务台项目中拥有角色
doctor-fix-helpscout-auth = Help Scout 需要 OAuth 应用：user = 它的 App ID，令牌 = 它的 App Secret（Your Profile →
    My Apps）；应用的用户必须处于活动状态；`frontdesk login` 会保存新的密钥
doctor-fix-redmine-auth = Redmine 需要你的 API 访问密钥（My account → API access key → Show）；REST Web
    服务必须开启（Administration → Settings → API）；`frontdesk login` 会保存新的密钥
doctor-fix-redmine-forbidden = 密钥有效但 Redmine 拒绝了：需要管理员开启 REST Web 服务
    （Administration → Settings → API），并且你的角色需要项目中的 View issues 权限
doctor-fix-auth = 凭据错误或已过期；`frontdesk login` 会检查并保存新的凭据
doctor-fix-tls = 服务器的 TLS 证书不受信任：检查 url 中是 http:// 还是 https://，
    或安装你所在组织使用的证书颁发机构
doctor-fix-forbidden = 该账户无权使用 API；请联系服务台管理员
doctor-fix-not-found = url 可能指向了错误的位置：请填写服务台的基础地址
doctor-fix-url = 检查 url；修正后再次运行 `frontdesk doctor`
doctor-priority-field = Help Scout 没有优先级；frontdesk 把它存在自定义字段 "{ $field }" 中（priority_field）
doctor-priority-tags = Help Scout 没有优先级；frontdesk 把它存在标签 urgent、high、low 中（priority_field 可改为指定自定义字段）
doctor-open-untried = 没有任何视图包含工单，因此未尝试打开
doctor-open-ok = #{ $id } 能像界面中一样打开（{ $count } 条消息，{ $ms } 毫秒）
doctor-open-failed = #{ $id } 在列表中但无法打开：{ $why }
doctor-open-failed-fix = 视图正常但工单无法打开；数据文件夹中的 frontdesk.log（`frontdesk --paths`）记录了服务台的回答
doctor-cost-failed = 按 frontdesk 方式发送的请求失败：{ $why }
doctor-cost-session = 在此服务器上用凭据读取需要 { $credential } 毫秒（每次都要做哈希）；frontdesk 使用会话后降到 { $session } 毫秒
doctor-cost-no-session = 每个请求需要 { $credential } 毫秒；服务器不提供会话，所以每个请求都携带凭据
doctor-trial = { $what ->
        [search] 搜索
       *[change] 修改
    } { $ms } 毫秒
doctor-writes-session = 搜索和修改都走会话（{ $timings }）
doctor-writes-fix = 要让它们走会话：把配置的 url 设为服务台自称的地址
    （RT：$WebDomain 和 $WebPort），或把 "{ $host }" 加入 RT 的 @ReferrerWhitelist
doctor-writes-cross-site = 服务台把来自 { $host } 的会话请求视为跨站请求而拒绝，因此搜索和修改携带凭据：更慢，但不会丢失任何内容（{ $timings }）
cache-sessions-dropped = 已从系统密钥环删除 { $count } 个服务台会话。
cache-remove-failed = frontdesk：无法删除 { $path }：{ $why }
cache-draft-files-removed = 已删除已发送回复遗留的 { $count } 个客户文件。
cache-summary = { $path }：{ $count } 个文件，{ $size }（cache_max { $max }）。`frontdesk cache clear` 可清空。
cache-cleared = 已从 { $path } 删除 { $count } 个缓存文件（{ $size }）。草稿和发件箱保留。
cache-clear-failed = frontdesk：无法清空 { $path }：{ $why }。请手动删除该文件夹；frontdesk 会重新创建。
connect-plain-http = { $host } 是通往另一台机器的明文 http://：令牌会以未加密的方式经过网络
connect-plain-http-fix = 请使用 https://；如果你们之间的网络可信，在 config.toml 的 [profiles.{ $profile }] 中添加 insecure_http = true
connect-plain-http-allowed = { $risk }（insecure_http = true 允许这样做）
start-needs-terminal = frontdesk 是全屏程序，stdin 和 stdout 都需要连接终端
start-cannot-read = 无法读取：{ $why }；使用默认值
start-outbox-unopened = 无法打开发件箱 { $path }：{ $why }；在此之前无法保存回复
start-draft-unreadable = 无法读取草稿 { $path }（{ $why }）；保持原样不动
start-signature-unreadable = 无法读取签名文件（{ $why }）；回复将不带签名
search-note-text = 搜索主题；Request Tracker 开启全文搜索时也搜索消息正文
search-empty = 输入关键词、电子邮件地址或查询
search-no-words = Freshdesk 的 API 不支持按关键词搜索：请输入电子邮件地址，或 Freshdesk 查询，例如 { $example }
search-no-language = 此服务台的搜索看不到客户的语言；/ lang:fi 可在视图已加载的工单中筛选
config-unknown-backend = 未知的 backend "{ $name }"（可用：{ $known }）
config-languages = languages 必须是 frontdesk 能区分的语言代码，例如 ["fi", "en"]（不是 { $unknown }）；使用默认的六种
config-translate-cmd = translate_cmd 必须是命令行，例如 "trans -b"
config-language-untranslated = 语言 "{ $language }" 尚未翻译；请使用 en、fi、ru、de、et 或 zh（暂用英文）
config-cache-max = cache_max 必须是以 MB 为单位的大小，例如 200 或 "1GB"；使用 200 MB
config-download-dir = download_dir 必须是文件夹，例如 "~/Downloads/support"
config-max-download = max_download 必须是以 MB 为单位的大小，例如 100、"250MB" 或 "2GB"；使用 100 MB
config-images = images 必须是 "auto"、"halfblocks"、"kitty"、"sixel" 或 "iterm2"
config-images-unknown = images = "{ $value }" 无法识别；请使用 auto、halfblocks、kitty、sixel 或 iterm2
config-bell = bell 必须是 true 或 false
config-profile-unusable = [profiles.{ $name }] { $why }；此配置无法使用
config-must-be-string = { $key } 必须是字符串
config-long-thread = long_thread 必须是回复数量的整数，例如 6
config-profiles-tables = 配置必须是表：[profiles.NAME]
config-unknown-setting = 未知设置 "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] （你是指 { $suggestion } 吗？）
    }；已忽略
config-profile-unknown-setting = 未知设置 "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] （你是指 { $suggestion } 吗？）
    }
config-must-be-table = 必须是表
config-needs-backend = 需要 backend = "rt"（或 zendesk、freshdesk、zammad、redmine、helpscout、jira、demo）
config-insecure-http = insecure_http 必须是 true 或 false
config-time-zones = time_zones 必须是表：{ "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }："{ $zone }" 不是时区（请写成 Europe/Helsinki 这样）
config-agents = agents 必须是姓名列表
config-views = views 必须是 [[profiles.NAME.views]] 表
config-view-table = 每个视图都是包含 name 和 query 的表
config-view-needs = 每个视图都需要 { $key }
config-view-quick = 视图的 quick 必须是 true 或 false
config-view-unknown = 未知的视图设置 "{ $key }"（可用 name、query、quick）
config-quick-tags = quick_tags 必须是标签列表
config-quick-replies = quick_replies 必须是回复数量的整数，例如 1
config-priorities = priorities 必须是包含 low、normal、high、urgent 的表
config-priority-number = priorities.{ $level } 必须是数字
config-priority-unknown = 未知的优先级 "{ $level }"（可用 low、normal、high、urgent）
config-priorities-rise = 优先级必须递增：low < normal < high < urgent
config-poll-interval-or-off = { $why }，或 "off"；每 60 秒轮询一次
config-poll-interval-short = poll_interval 至少为 "5s"；每 60 秒轮询一次
config-poll-budget = poll_budget 必须是服务台速率限制的比例，例如 "5%"；使用 5%
config-syntax-ignored = { $why }；已忽略该文件
config-at = 第 { $line } 行第 { $column } 列：
canned-file-skipped = { $why }；已跳过该文件
canned-unclosed = 以 +++ 开始的前置信息没有用 +++ 行结束；已跳过该文件
canned-no-text = 该回复没有正文；已跳过该文件
canned-cannot-read = 无法读取：{ $why }
canned-cannot-read-skipped = 无法读取：{ $why }；已跳过该文件
keymap-unknown-section = 未知的节 [{ $section }]；已忽略
keymap-section-table = [{ $section }] 必须是表
keymap-bad-key = [{ $section }] 未知按键 "{ $key }"（按键写法如 j、G、ctrl-d、shift-tab、pagedown、f1）；已忽略
keymap-bad-action = [{ $section }] { $key }：未知操作 "{ $action }"（见 `frontdesk --list-actions`）；该键保留原来的绑定
keymap-action-string = [{ $section }] { $key }：操作必须是字符串
theme-palette-bad = [palette] { $name }：{ $why }；已忽略
theme-palette-string = [palette] { $name }：颜色必须是字符串；已忽略
theme-palette-table = [palette] 必须是表
theme-style-bad = { $name }：{ $why }；已忽略
theme-styles-table = [styles] 必须是表
theme-modifiers-strings = modifiers 必须是字符串
theme-unexpected-field = 意外的字段 "{ $field }"（可用 fg、bg、modifiers）
theme-style-shape = 样式是颜色或表 { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" 不是 #rrggbb 颜色
theme-unknown-colour = 未知颜色 "{ $colour }"
theme-unknown-modifier = 未知修饰 "{ $modifier }"
preset-no-shipped = 没有内置的 { $kind } "{ $name }"；使用 "default"
preset-cannot-inherit = 无法继承 "{ $parent }"
profile-first-run = 尚未配置任何服务台
profile-none-yet = 没有配置 "{ $name }"：config.toml 里还没有任何配置
profile-unknown = config.toml 中没有配置 "{ $name }"（现有：{ $known }）
profile-broken = config.toml 中的配置 "{ $name }" 无法使用：{ $why }
profile-ambiguous = config.toml 中有多个配置（{ $known }）；用 --profile NAME 选择一个，或设置 default_profile = "{ $first }"
profile-incomplete = 配置 "{ $name }" 需要 { $missing }：在 config.toml 中为它添加 { $example }，或设置 FRONTDESK_{ $var }
profile-unreadable = 无法读取 { $file }：{ $why }
    请修正该文件（或把它移开以重新开始）；`frontdesk doctor` 会检查它，在此期间可用 `frontdesk --demo`
form-takes-date = { $name } 需要日期，格式如 2026-12-24
form-no-option = { $name } 没有选项 { $value }
outbox-badge = ⇪ 发件箱 { $count } 条 (O)
rate-limit-holding = 正在遵守服务台的速率限制：{ $seconds } 秒后继续
files-no-temp = 无法创建临时文件夹
files-cannot-write-to = 无法写入 { $path }
files-cannot-write-file = 无法写入文件
files-cannot-save-into = 无法保存到 { $path }
files-cannot-read-back = 无法读回
files-decoder-failed = 图片解码失败
files-not-a-picture = 无法作为图片显示（{ $why }）
files-cannot-attach = 无法附加 { $path }：{ $why }
files-cannot-list = 无法列出 { $path }：{ $why }
files-work-failed = 文件操作失败：{ $why }
translate-no-stdin = 没有标准输入
editor-no-start = 无法启动 { $editor }：{ $why }
editor-exited = { $editor } 退出，状态为 { $status }
action-set-status-words = 关闭 解决 已解决 已关闭 重新打开 挂起 状态 垃圾
action-note-words = 评论 私密 内部 备注
action-reply-words = 回答 答复 公开 邮件
action-reply-with-canned-words = 模板 宏 片段 预设
action-assign-words = 负责人 客服 转交
action-set-priority-words = 紧急 严重 重要
action-edit-tags-words = 标签 标记
action-merge-ticket-words = 重复 合并
action-move-ticket-words = 队列 组 项目 转移
action-log-time-words = 工时 时间 记录
action-new-ticket-words = 创建 新建
action-search-words = 查找 搜索
action-fields-words = 字段 属性 表单
action-forward-message-words = 转发
action-discard-draft = 丢弃此草稿…
action-discard-draft-about = 确认一次后丢弃草稿
action-discard-draft-words = 删除 放弃 清空
discard-title = 丢弃 #{ $id } 的{ $public ->
        [yes] 回复
       *[no] 备注
    }？丢弃后无法恢复
discard-yes = 是，丢弃（y）
discard-no = 否，继续撰写（n）
discard-done = 已丢弃 #{ $id } 的草稿
compose-files-count = { $count } 个文件，{ $size }
help-nothing-matches = {" "}没有匹配的按键；按 esc 清除搜索。
messages-none = 还没有消息。
messages-polling-off = 轮询已关闭（poll_interval = "off"）。
messages-polling = 每 { $every } 轮询一次：每次 { $requests } 个请求，每分钟 { $per_minute } 个。
messages-polling-limit = 每 { $every } 轮询一次：每次 { $requests } 个请求，每分钟 { $per_minute } 个；服务台每分钟允许 { $limit } 个，轮询占用不超过 { $share }%。
hint-search = 搜索
action-search-next = 下一个匹配
action-search-next-about = 跳到下一处包含搜索内容的行
action-search-prev = 上一个匹配
action-search-prev-about = 跳到上一处包含搜索内容的行
viewer-no-more = { $forward ->
        [yes] 下方没有更多匹配
       *[no] 上方没有更多匹配
    }
viewer-search = /{ $query } · { $count } 处匹配
doctor-colours = { $depth ->
        [none] 无颜色（已设置 NO_COLOR）
        [sixteen] 16 种 ANSI 颜色（TERM={ $term }）；主题颜色以最接近的一种输出
        [palette] 256 色（TERM={ $term }）；主题的 24 位颜色以最接近的一种输出
       *[true] 24 位真彩色（COLORTERM={ $colorterm }）
    }
script-no-view = 没有视图 "{ $view }"；现有视图：{ $views }（按名称或编号）
script-internal = （内部备注）
script-canned-audience = 预设回复“{ $title }”面向另一类读者：请用 frontdesk { $command }
script-canned-files = 预设回复“{ $title }”会附加文件；请在界面中发送，或用 --file 附加文件并使用 -m
script-did-you-mean = （是不是“{ $name }”？）
script-file-unreadable = 无法附加 { $path }：{ $why }
script-no-canned = 没有预设回复“{ $title }”
script-no-cc = 此服务台的回复不支持抄送；请去掉 { $option }
script-no-create = frontdesk 无法在此服务台创建工单
script-no-entry = 发件箱中没有条目 { $id }；frontdesk outbox 可列出全部
script-no-subject = 新工单需要主题：--subject "…"
script-not-an-address = “{ $address }”不是电子邮件地址
script-outbox-others = 此配置上还有 { $count } 个 frontdesk 在运行；它们发送的内容由它们自己负责
script-queued = 发件箱中有 { $count } 个条目尚未送达：此配置上运行的 frontdesk 会发送它们，或运行 frontdesk outbox retry（--wait 会等待）
script-queued-interrupted = 已停止等待；{ $count } 个条目留在发件箱中，尚未送达
script-set-no-agent = 没有唯一名为“{ $who }”的客服；请给出服务台中的姓名或地址、me 或 none
script-set-no-such = 没有 { $key }“{ $value }”；可用：{ $offered }
script-set-nothing = 没有要修改的内容：请给出 键=值，例如 status=solved
script-set-pair = “{ $pair }”不是 键=值 的形式（例如 status=solved）
script-set-read-only = { $name } 在此服务台为只读
script-text-empty = 没有可发送的内容：文本为空
script-text-where = 请用 -m "…"、--canned 标题、--editor 或标准输入给出文本
script-conflict = 未发送：frontdesk 读取工单后它已被更改；请重新查看（frontdesk show），如仍合适再发送
script-refused = 未发送：{ $why }
script-held = 未发送：{ $why }。它留在发件箱中：请修正凭据（frontdesk doctor 会说明方法），然后运行 frontdesk outbox retry
script-fields-needed = 未发送：服务台要求先填写 { $names }；请用 frontdesk set 以 名称=值 给出（"{ $names }=…"），然后重试
