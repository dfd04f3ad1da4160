# Relata 规则语言（简体中文）：与元数据无关的句子。
# 每个实体和字段的句子由 Relata 根据它们的标签生成。
# 每个句子单独占一行，词语之间不需要空格。值的写法与 DRL 相同：数字直接写，
# 文字放在双引号中，多个值用英文逗号分隔。
# [,\uFF0C] 表示英文逗号或中文逗号“，”都可以；["\u201C] 和 ["\u201D] 表示直引号或中文引号“”都可以。

[when]正在新建记录=Write( create )
[when]正在修改记录=Write( update )
[when]当前用户没有角色["\u201C]{role}["\u201D]=Actor( !hasRole("{role}") )
[when]当前用户拥有角色["\u201C]{role}["\u201D]=Actor( hasRole("{role}") )
[when]当前用户属于部门["\u201C]{department}["\u201D]=Actor( department == "{department}" )
[when]当前用户为["\u201C]{username}["\u201D]=Actor( username == "{username}" )

[then]将负责人设为用户["\u201C]{username}["\u201D]=assign("{username}");
[then]将负责人设为部门["\u201C]{department}["\u201D]的负责人=assignToHead("{department}");
[then]将负责人设为角色["\u201C]{role}["\u201D]的第一个在职用户=assignToRole("{role}");

# 同时给出中文和英文提示时，按读者的语言显示。
[then]拒绝保存[,\uFF0C]提示["\u201C]{chinese}["\u201D][,\uFF0C]英文["\u201C]{english}["\u201D]=reject(null, "{english}", "{chinese}");
[then]拒绝保存[,\uFF0C]提示["\u201C]{message}["\u201D]=reject(null, "{message}");

# 用 API 名称指定字段，适用于任何实体。
[then]拒绝{field:[a-z][a-z0-9_]*}[,\uFF0C]提示["\u201C]{chinese}["\u201D][,\uFF0C]英文["\u201C]{english}["\u201D]=reject("{field}", "{english}", "{chinese}");
[then]拒绝{field:[a-z][a-z0-9_]*}[,\uFF0C]提示["\u201C]{message}["\u201D]=reject("{field}", "{message}");
[then]清空{field:[a-z][a-z0-9_]*}=set("{field}", null);
[then]将{field:[a-z][a-z0-9_]*}设为{value}=set("{field}", {value});
