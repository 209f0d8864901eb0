//! The contract suite: the same scenarios for every HTTP help desk, against a mock server on
//! 127.0.0.1 answering in each backend's documented JSON (see `desks/mod.rs`).

mod desks;
mod faults;
mod looped;
mod mockdesk;

use desks::freshdesk::Freshdesk;
use desks::helpscout::HelpScout;
use desks::jira::Jira;
use desks::redmine::Redmine;
use desks::rt::Rt;
use desks::zammad::Zammad;
use desks::zendesk::Zendesk;

/// The scenarios every HTTP backend shares: credentials, errors, rate limits, timeouts.
macro_rules! errors {
    ($module:ident, $fixture:ty) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn the_credential_is_sent_as_documented() {
                desks::errors::the_credential_is_sent_as_documented::<$fixture>().await;
            }
            #[tokio::test]
            async fn unauthorized_is_explained() {
                desks::errors::unauthorized_is_explained::<$fixture>().await;
            }
            #[tokio::test]
            async fn not_found_is_explained() {
                desks::errors::not_found_is_explained::<$fixture>().await;
            }
            #[tokio::test]
            async fn unprocessable_is_explained() {
                desks::errors::unprocessable_is_explained::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_required_field_refusal_names_the_field() {
                desks::errors::a_required_field_refusal_names_the_field::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_429_with_seconds_is_waited_out() {
                desks::errors::a_429_with_seconds_is_waited_out::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_429_with_a_date_is_waited_out() {
                desks::errors::a_429_with_a_date_is_waited_out::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_429_without_retry_after_waits_the_default() {
                desks::errors::a_429_without_retry_after_waits_the_default::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_long_429_fails_with_the_wait() {
                desks::errors::a_long_429_fails_with_the_wait::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_slow_answer_times_out() {
                desks::errors::a_slow_answer_times_out::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_dropped_read_is_tried_again() {
                desks::errors::a_dropped_read_is_tried_again::<$fixture>().await;
            }
            #[tokio::test]
            async fn the_log_never_holds_the_credential() {
                desks::errors::the_log_never_holds_the_credential::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_huge_answer_is_refused_not_read() {
                desks::hostile::a_huge_answer_is_refused_not_read::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_lone_surrogate_is_read_as_a_replacement_character() {
                desks::hostile::a_lone_surrogate_is_read_as_a_replacement_character::<$fixture>()
                    .await;
            }
            #[tokio::test]
            async fn a_hostile_name_is_cleaned() {
                desks::hostile::a_hostile_name_is_cleaned::<$fixture>().await;
            }
        }
    };
}

/// The data scenarios, for the backends whose fixtures serve the contract desk.
macro_rules! data {
    ($module:ident, $fixture:ty) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn queue_pages_at_a_constant_cost() {
                desks::queue_pages_at_a_constant_cost::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_dropped_write_is_not_repeated() {
                desks::a_dropped_write_is_not_repeated::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_ticket_reads_as_a_conversation() {
                desks::a_ticket_reads_as_a_conversation::<$fixture>().await;
            }
            #[tokio::test]
            async fn the_requesters_tickets() {
                desks::the_requesters_tickets::<$fixture>().await;
            }
            #[tokio::test]
            async fn canned_responses_speak_our_placeholders() {
                desks::canned_responses_speak_our_placeholders::<$fixture>().await;
            }
            #[tokio::test]
            async fn replies_and_notes_are_posted() {
                desks::replies_and_notes_are_posted::<$fixture>().await;
            }
            #[tokio::test]
            async fn fields_change() {
                desks::fields_change::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_conflict_writes_nothing() {
                desks::a_conflict_writes_nothing::<$fixture>().await;
            }
        }
    };
}

/// The file and copy scenarios.
macro_rules! files {
    ($module:ident, $fixture:ty) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn a_file_is_listed_and_downloaded() {
                desks::files::a_file_is_listed_and_downloaded::<$fixture>().await;
            }
            #[tokio::test]
            async fn a_reply_carries_its_file_and_copies() {
                desks::files::a_message_carries_its_file_and_copies::<$fixture>(true).await;
            }
            #[tokio::test]
            async fn a_note_carries_its_file_and_no_copies() {
                desks::files::a_message_carries_its_file_and_copies::<$fixture>(false).await;
            }
            #[tokio::test]
            async fn a_too_large_file_is_explained() {
                desks::files::a_too_large_file_is_explained::<$fixture>().await;
            }
        }
    };
}

errors!(zendesk_errors, Zendesk);
errors!(freshdesk_errors, Freshdesk);
errors!(zammad_errors, Zammad);
errors!(rt_errors, Rt);
errors!(redmine_errors, Redmine);
errors!(helpscout_errors, HelpScout);
errors!(jira_errors, Jira);
data!(zendesk_data, Zendesk);
data!(freshdesk_data, Freshdesk);
data!(zammad_data, Zammad);
data!(redmine_data, Redmine);
data!(helpscout_data, HelpScout);
data!(jira_data, Jira);
files!(zendesk_files, Zendesk);
files!(freshdesk_files, Freshdesk);
files!(zammad_files, Zammad);
files!(redmine_files, Redmine);
files!(helpscout_files, HelpScout);
files!(jira_files, Jira);

#[tokio::test]
async fn helpscout_replaces_a_refused_token_once() {
    desks::files::helpscout::a_refused_token_is_replaced_once().await;
}

#[tokio::test]
async fn redmine_refuses_a_status_the_workflow_forbids() {
    desks::redmine::a_status_the_workflow_forbids_is_refused().await;
}

#[tokio::test]
async fn zendesk_macros_are_rendered_by_zendesk() {
    desks::zendesk::macros_are_rendered_by_zendesk().await;
}

#[tokio::test]
async fn zendesk_private_macros_are_internal_notes() {
    desks::zendesk::private_macros_are_internal_notes().await;
}

#[tokio::test]
async fn zendesk_a_very_long_conversation_keeps_its_newest_messages() {
    desks::zendesk::a_very_long_conversation_keeps_its_newest_messages().await;
}

#[tokio::test]
async fn zendesk_views_by_title_use_cursor_pages() {
    desks::zendesk::views_by_title_use_cursor_pages().await;
}

#[tokio::test]
async fn freshdesk_search_views_look_each_requester_up_once() {
    desks::freshdesk::search_views_look_each_requester_up_once().await;
}

#[tokio::test]
async fn zammad_overviews_are_the_default_views() {
    desks::zammad::overviews_are_the_default_views().await;
}

/// Quick wins are found by reply counts or tags; RT's and Redmine's lists carry neither, so
/// their default views do without.
#[test]
fn quick_wins_are_a_default_view_where_the_desk_can_tell_them() {
    fn names<F: desks::Errors>() -> Vec<String> {
        desks::connect_at::<F>("http://127.0.0.1:9")
            .default_views()
            .into_iter()
            .map(|v| v.name)
            .collect()
    }
    let quick = |names: &[String]| names.iter().any(|n| n == "Quick wins");
    assert!(quick(&names::<Zendesk>()));
    assert!(quick(&names::<Freshdesk>()));
    assert!(quick(&names::<HelpScout>()));
    assert!(quick(&names::<Jira>()));
    assert!(!quick(&names::<Rt>()), "{:?}", names::<Rt>());
    assert!(!quick(&names::<Redmine>()), "{:?}", names::<Redmine>());
}

/// `frontdesk doctor` against each backend refusing the credential: the fix it offers is
/// that backend's own.
#[tokio::test]
async fn doctor_knows_each_backends_authentication_errors() {
    desks::doctor::knows_each_backends_authentication_errors().await;
}

/// `frontdesk doctor` on Help Scout says where the priority it lacks is kept.
#[tokio::test]
async fn doctor_says_where_help_scouts_priority_is_kept() {
    desks::doctor::says_where_help_scouts_priority_is_kept().await;
}

/// Through the whole interface: a Zendesk macro picked in the composer is rendered by Zendesk,
/// and ctrl-s sends that text with the macro's actions as one safe update.
#[tokio::test(flavor = "multi_thread")]
async fn a_zendesk_macro_goes_from_the_picker_to_zendesk() {
    desks::macro_picker::a_zendesk_macro_goes_from_the_picker_to_zendesk().await;
}

#[tokio::test]
async fn freshdesk_a_forbidden_agent_list_is_asked_for_once() {
    desks::freshdesk::a_forbidden_agent_list_is_asked_for_once().await;
}

#[tokio::test]
async fn zendesk_merges_through_a_job() {
    desks::merge::zendesk_merges_through_a_job().await;
}

#[tokio::test]
async fn zendesk_explains_a_failed_merge_job() {
    desks::merge::zendesk_explains_a_failed_merge_job().await;
}

#[tokio::test]
async fn zendesk_fields_are_defined_shown_and_written() {
    desks::fields::zendesk_fields_are_defined_shown_and_written().await;
}

#[tokio::test]
async fn freshdesk_fields_are_defined_shown_and_required_for_closure() {
    desks::fields::freshdesk_fields_are_defined_shown_and_required_for_closure().await;
}

#[tokio::test]
async fn jira_asks_for_a_transition_s_required_fields_before_sending() {
    desks::fields::jira_asks_for_a_transition_s_required_fields_before_sending().await;
}

#[tokio::test]
async fn helpscout_fields_are_written_as_the_whole_set() {
    desks::fields::helpscout_fields_are_written_as_the_whole_set().await;
}

#[tokio::test]
async fn jira_custom_fields_come_with_the_issue() {
    desks::fields::jira_custom_fields_come_with_the_issue().await;
}

#[tokio::test]
async fn zammad_attributes_are_defined_and_shown() {
    desks::fields::zammad_attributes_are_defined_and_shown().await;
}

#[tokio::test]
async fn zendesk_history_comes_from_its_audits() {
    desks::history::zendesk_history_comes_from_its_audits().await;
}

#[tokio::test]
async fn zammad_history_comes_from_its_ticket_history() {
    desks::history::zammad_history_comes_from_its_ticket_history().await;
}

#[tokio::test]
async fn jira_history_comes_from_its_changelog() {
    desks::history::jira_history_comes_from_its_changelog().await;
}

#[tokio::test]
async fn jira_sla_cycles_set_the_target() {
    desks::history::jira_sla_cycles_set_the_target().await;
}

#[tokio::test]
async fn helpscout_history_is_its_line_items() {
    desks::history::helpscout_history_is_its_line_items().await;
}

#[tokio::test]
async fn freshdesk_forwards_with_its_forward() {
    desks::forward::freshdesk_forwards_with_its_forward().await;
}

#[tokio::test]
async fn zammad_forwards_as_an_email_article() {
    desks::forward::zammad_forwards_as_an_email_article_to_the_address().await;
}

#[tokio::test]
async fn helpscout_forwards_as_a_forward_thread() {
    desks::forward::helpscout_forwards_as_a_forward_thread().await;
}

#[tokio::test]
async fn freshdesk_logs_a_time_entry_once_by_its_note() {
    desks::forward::freshdesk_logs_a_time_entry_once_by_its_note().await;
}

#[tokio::test]
async fn jira_logs_a_worklog_once_by_its_note() {
    desks::forward::jira_logs_a_worklog_once_by_its_note().await;
}

#[tokio::test]
async fn zendesk_logs_time_in_the_time_tracking_app_fields() {
    desks::forward::zendesk_logs_time_in_the_time_tracking_app_fields().await;
}

#[tokio::test]
async fn zammad_takes_the_time_spent_on_the_article() {
    desks::forward::zammad_takes_the_time_spent_on_the_article().await;
}

#[tokio::test]
async fn zendesk_forwards_as_a_side_conversation() {
    desks::forward::zendesk_forwards_as_a_side_conversation().await;
}

#[tokio::test]
async fn freshdesk_merges_with_one_request() {
    desks::merge::freshdesk_merges_with_one_request().await;
}

#[tokio::test]
async fn zammad_merges_naming_the_target_by_its_number() {
    desks::merge::zammad_names_the_target_by_its_number().await;
}

#[tokio::test]
async fn zendesk_creates_with_an_idempotency_key() {
    desks::create::zendesk_creates_with_an_idempotency_key_and_finds_by_external_id().await;
}

#[tokio::test]
async fn zendesk_finds_a_create_whose_answer_was_lost() {
    desks::create::zendesk_a_lost_answer_is_found_by_external_id().await;
}

#[tokio::test]
async fn freshdesk_creates_with_a_marker_tag_and_finds_it() {
    desks::create::freshdesk_creates_with_a_marker_tag_and_finds_by_it().await;
}

#[tokio::test]
async fn freshdesk_starts_a_bare_ticket_with_its_subject() {
    desks::create::freshdesk_a_bare_start_is_described_by_its_subject().await;
}

#[tokio::test]
async fn zammad_creates_with_a_guessed_customer_and_finds_it() {
    desks::create::zammad_creates_with_a_guessed_customer_and_finds_by_tag().await;
}

#[tokio::test]
async fn zammad_opens_a_phone_ticket_in_a_chosen_group() {
    desks::create::zammad_a_phone_ticket_in_a_chosen_group().await;
}

#[tokio::test]
async fn zendesk_changes_many_tickets_in_one_job() {
    desks::bulk::zendesk_updates_many_in_one_job().await;
}

#[tokio::test]
async fn freshdesk_changes_many_tickets_one_by_one_through_a_429() {
    desks::bulk::freshdesk_goes_ticket_by_ticket_through_a_429().await;
}

#[tokio::test]
async fn zendesk_search_pages_and_explains_a_bad_query() {
    desks::search::zendesk_searches_words_across_pages_and_explains_a_bad_query().await;
}

#[tokio::test]
async fn freshdesk_search_sends_a_filter_as_written() {
    desks::search::freshdesk_sends_a_filter_as_written_and_explains_a_bad_one().await;
}

#[tokio::test]
async fn zammad_search_by_requester_and_a_bad_query() {
    desks::search::zammad_searches_by_requester_and_explains_a_bad_query().await;
}

#[tokio::test]
async fn zendesk_an_incident_links_to_its_problem() {
    desks::links::zendesk_an_incident_names_its_problem().await;
}

#[tokio::test]
async fn freshdesk_a_parent_links_to_its_children() {
    desks::links::freshdesk_a_parent_lists_its_children().await;
}

#[tokio::test]
async fn zammad_links_come_with_the_ticket() {
    desks::links::zammad_links_are_read_beside_the_ticket().await;
}

#[tokio::test]
async fn rt_takes_a_session_once_and_renews_it() {
    desks::rt::a_session_is_taken_once_and_renewed_when_rt_lets_it_go().await;
}

#[tokio::test]
async fn rt_falls_back_to_the_token_when_the_session_never_took() {
    desks::rt::a_session_that_never_took_falls_back_to_the_credential().await;
}

#[tokio::test]
async fn rt_writes_carry_the_session_with_rts_own_origin() {
    desks::rt_session::writes_carry_the_session_with_rts_own_origin().await;
}

#[tokio::test]
async fn rt_repeats_a_refused_session_write_once_with_the_token() {
    desks::rt_session::a_refused_session_write_is_repeated_once_with_the_token().await;
}

#[tokio::test]
async fn rt_resumes_a_kept_session_and_keeps_the_next() {
    desks::rt_session::a_kept_session_is_resumed_and_a_new_one_kept().await;
}

#[tokio::test]
async fn a_desk_saying_two_remain_is_never_run_into() {
    desks::budget::a_desk_saying_two_remain_is_never_run_into().await;
}

#[tokio::test]
async fn polling_is_one_request_per_interval_whatever_the_views() {
    desks::budget::polling_is_one_request_per_interval_whatever_the_views().await;
}

#[tokio::test]
async fn fetches_the_agent_moved_away_from_are_aborted() {
    desks::budget::fetches_the_agent_moved_away_from_are_aborted().await;
}

#[tokio::test]
async fn a_write_that_counts_twice_waits_for_the_next_window() {
    desks::budget::a_write_that_counts_twice_waits_for_the_next_window().await;
}

#[tokio::test]
async fn helpscout_searches_words_in_every_status() {
    desks::search::helpscout_searches_words_in_every_status().await;
}

#[tokio::test]
async fn jira_search_by_requester_and_bad_jql() {
    desks::search::jira_finds_a_requesters_requests_and_explains_bad_jql().await;
}

#[tokio::test]
async fn helpscout_creates_a_phone_conversation_and_finds_it() {
    desks::create::helpscout_creates_a_phone_conversation_and_finds_it_by_tag().await;
}

#[tokio::test]
async fn jira_raises_a_request_for_a_new_customer_and_finds_a_lost_one() {
    desks::create::jira_raises_a_request_for_a_new_customer_and_finds_a_lost_one().await;
}

#[tokio::test]
async fn helpscout_keeps_a_priority_in_a_custom_field() {
    desks::lookups::a_priority_kept_in_a_custom_field_is_read_and_written_there().await;
}

#[tokio::test]
async fn helpscout_looks_a_folder_up_by_its_type_once() {
    desks::lookups::a_folder_named_by_its_type_is_looked_up_once().await;
}

#[tokio::test]
async fn redmine_lists_its_own_statuses() {
    desks::redmine::the_statuses_are_redmines_own().await;
}

#[tokio::test]
async fn jira_lists_the_service_desks_statuses() {
    desks::jira::the_statuses_are_the_service_desks_own().await;
}

#[tokio::test]
async fn zendesk_form_conditions_are_checked_before_solving() {
    desks::conditions::zendesk_form_conditions_are_checked_before_solving().await;
}

#[tokio::test]
async fn zammad_workflows_are_asked_before_closing() {
    desks::conditions::zammad_workflows_are_asked_before_closing().await;
}

#[tokio::test]
async fn zammad_tickets_carry_their_group_s_signature_filled_in() {
    desks::conditions::zammad_tickets_carry_their_group_s_signature_filled_in().await;
}

#[tokio::test]
async fn zendesk_the_requester_s_locale_is_their_language() {
    desks::zendesk::the_requester_s_locale_is_their_language().await;
}

#[tokio::test]
async fn freshdesk_the_requester_s_language_and_zone_come_from_the_contact() {
    desks::freshdesk::the_requester_s_language_and_zone_come_from_the_contact().await;
}

#[tokio::test]
async fn jira_the_reporter_s_locale_and_zone_are_read_once() {
    desks::jira::the_reporter_s_locale_and_zone_are_read_once().await;
}
