# The Relata DSL in English: the sentences that do not depend on metadata.
# Relata adds the sentences for every entity and field, made from their labels.
# Each sentence fills a line of its own. Values are written as in DRL: numbers as
# they are, text in double quotes, several values separated by commas.

[when]the record is being created=Write( create )
[when]the record is being updated=Write( update )
[when]the acting user does not have role "{role}"=Actor( !hasRole("{role}") )
[when]the acting user has role "{role}"=Actor( hasRole("{role}") )
[when]the acting user is in department "{department}"=Actor( department == "{department}" )
[when]the acting user is "{username}"=Actor( username == "{username}" )

[then]assign the owner to user "{username}"=assign("{username}");
[then]assign the owner to the head of department "{department}"=assignToHead("{department}");
[then]assign the owner to the first active holder of role "{role}"=assignToRole("{role}");

# A message in English and Chinese is shown in the reader's language.
[then]reject the record with "{english}" / "{chinese}"=reject(null, "{english}", "{chinese}");
[then]reject the record with "{message}"=reject(null, "{message}");

# Fields named by their api names, in any entity.
[then]reject {field:[a-z][a-z0-9_]*} with "{english}" / "{chinese}"=reject("{field}", "{english}", "{chinese}");
[then]reject {field:[a-z][a-z0-9_]*} with "{message}"=reject("{field}", "{message}");
[then]clear {field:[a-z][a-z0-9_]*}=set("{field}", null);
[then]set {field:[a-z][a-z0-9_]*} to {value}=set("{field}", {value});
